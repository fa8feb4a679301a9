package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A legal-minimum or living-wage figure for a region and year. It applies to wage evidence whose
 * period ends in {@code year} and whose producer is in {@code region} (ISO 3166-2) or, for a
 * country-wide figure, in that country; the most specific applicable benchmark wins. Its pay is
 * never a piece rate.
 *
 * <pre>{@code
 * Benchmark legalMinimum = new Benchmark(BenchmarkKind.LEGAL_MINIMUM, "PE", 2026, "PEN",
 *         new Pay.Monthly(new BigDecimal("1130.00"), new BigDecimal("208")), "Peru statutory minimum wage (RMV)");
 * Benchmark livingWage = new Benchmark(BenchmarkKind.LIVING_WAGE, "PE-CUS", 2026, "PEN",
 *         new Pay.Hourly(new BigDecimal("8.20")), "Cusco regional living wage study, 2026");
 * // Evidence from a producer in PE-CUS ending in 2026 is judged against both: 5.43 and 8.20 PEN/h
 * }</pre>
 *
 * @param kind legal minimum or living wage
 * @param region ISO 3166-2 region or ISO 3166-1 country
 * @param year the year the figure is for
 * @param currency ISO 4217
 * @param pay the figure (any basis but {@link PayBasis#PIECE})
 * @param source where the figure comes from
 */
public record Benchmark(
        @NotNull BenchmarkKind kind,
        @NotNull @Pattern(regexp = Patterns.REGION, message = Patterns.REGION_MESSAGE) String region,
        @NotNull @Min(1900) @Max(9999) Integer year,
        @NotNull @Pattern(regexp = Patterns.CURRENCY, message = Patterns.CURRENCY_MESSAGE) String currency,
        @NotNull @Valid Pay pay,
        @NotBlank String source) {}
