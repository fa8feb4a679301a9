package org.selvedge.api.records;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Who owns a cooperative, when it is not simply its members.
 *
 * <pre>{@code
 * // Women are 41 of the 48 members, but hold only 60% of the shares: the explicit share counts
 * Ownership ownership = new Ownership(new BigDecimal("0.60"));
 * Cooperative.Builder cooperative = Cooperative.builder().members(Headcount.of(48, 41)).ownership(ownership);
 * }</pre>
 *
 * @param womenShare women's ownership share, {@code 0} to {@code 1}
 */
public record Ownership(@NotNull @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1", message = "must be at most 1") BigDecimal womenShare) {}
