package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The dates a wage observation covers, both inclusive. {@code from} after {@code to} is reported as
 * {@code INVALID_FIELD}.
 *
 * <pre>{@code
 * import org.selvedge.api.records.Period;   // not java.time.Period
 *
 * Period q3 = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));   // 2026 benchmarks apply
 * int benchmarkYear = evidence.period().to().getYear();
 * }</pre>
 *
 * @param from first day
 * @param to last day; its year selects the benchmarks
 */
public record Period(@NotNull LocalDate from, @NotNull LocalDate to) {}
