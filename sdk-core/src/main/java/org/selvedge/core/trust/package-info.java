/**
 * Trust policies: which signers a verifier trusts, in which roles, for how long, and which claims
 * must be attested by whom. There is no policy that trusts any signer.
 */
package org.selvedge.core.trust;
