package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;

/**
 * A claim a record makes about one of its producers.
 *
 * @param topic what is claimed
 * @param producer id of the producer it is about
 * @param basis for {@link ClaimTopic#FAIR_WAGE}: legal minimum or living wage ({@code null} means
 *     living wage); must be {@code null} for the other topics (an {@code INVALID_FIELD} otherwise)
 */
public record Claim(@NotNull ClaimTopic topic, @NotNull String producer, BenchmarkKind basis) {

    /** The benchmark a fair-wage claim is judged against: {@code basis}, or living wage by default. */
    public BenchmarkKind effectiveBasis() {
        return basis == null ? BenchmarkKind.LIVING_WAGE : basis;
    }
}
