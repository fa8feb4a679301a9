package org.selvedge.api.records;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Who owns a cooperative, when it is not simply its members.
 *
 * @param womenShare women's ownership share, {@code 0} to {@code 1}
 */
public record Ownership(@NotNull @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1", message = "must be at most 1") BigDecimal womenShare) {}
