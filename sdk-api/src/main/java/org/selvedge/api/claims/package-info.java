/** The results of checking a record's claims: statuses, violations and figures. */
package org.selvedge.api.claims;
