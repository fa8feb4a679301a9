package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;

/**
 * The person who legally signs for a cooperative.
 *
 * <pre>{@code
 * Signatory signatory = new Signatory(Gender.WOMAN);   // a women-led claim needs a woman to sign
 * for (Producer p : record.producers()) {
 *     if (p instanceof Cooperative c && c.governance().legalSignatory().gender() != Gender.WOMAN) {
 *         log.warn("{} is not legally represented by a woman", c.name());
 *     }
 * }
 * }</pre>
 *
 * @param gender their gender
 */
public record Signatory(@NotNull Gender gender) {}
