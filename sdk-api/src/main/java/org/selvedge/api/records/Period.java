package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The dates a wage observation covers, both inclusive. {@code from} after {@code to} is reported as
 * {@code INVALID_FIELD}.
 *
 * @param from first day
 * @param to last day; its year selects the benchmarks
 */
public record Period(@NotNull LocalDate from, @NotNull LocalDate to) {}
