/**
 * The results of verifying a signed provenance credential: every proof, the issuer, validity
 * dates, the trust policy, who attested each claim, and the re-checked claims.
 */
package org.selvedge.api.verification;
