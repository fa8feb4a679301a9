package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;

/**
 * A claim a record makes about one of its producers.
 *
 * <pre>{@code
 * String warmiAway = "urn:uuid:0b7e8f3e-2c4d-4f6a-8e1b-3a5c7d9e0f12";
 * List<Claim> claims = List.of(
 *         Claim.fairWage(warmiAway, BenchmarkKind.LIVING_WAGE),
 *         Claim.womenOwned(warmiAway),
 *         Claim.womenLed(warmiAway));
 * }</pre>
 *
 * @param topic what is claimed
 * @param producer id of the producer it is about
 * @param basis for {@link ClaimTopic#FAIR_WAGE}: legal minimum or living wage ({@code null} means
 *     living wage); must be {@code null} for the other topics (an {@code INVALID_FIELD} otherwise)
 */
public record Claim(@NotNull ClaimTopic topic, @NotNull String producer, BenchmarkKind basis) {

    /** A fair-wage claim about {@code producer}, judged against {@code basis}. */
    public static Claim fairWage(String producer, BenchmarkKind basis) {
        return new Claim(ClaimTopic.FAIR_WAGE, producer, basis);
    }

    /** A women-owned claim about {@code producer} (ISO IWA 34). */
    public static Claim womenOwned(String producer) {
        return new Claim(ClaimTopic.WOMEN_OWNED, producer, null);
    }

    /** A women-led claim about {@code producer} (ISO IWA 34). */
    public static Claim womenLed(String producer) {
        return new Claim(ClaimTopic.WOMEN_LED, producer, null);
    }

    /** The benchmark a fair-wage claim is judged against: {@code basis}, or living wage by default. */
    public BenchmarkKind effectiveBasis() {
        return basis == null ? BenchmarkKind.LIVING_WAGE : basis;
    }
}
