package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Average hourly pay of women and of men in a worker group, for the equal-pay check.
 *
 * <pre>{@code
 * // Women embroiderers average 9.10 PEN/h, men 9.40: a gap of 0.0319, inside the default 0.05 tolerance
 * GenderPay embroiderers = new GenderPay(new BigDecimal("9.10"), new BigDecimal("9.40"));
 * WageEvidence.Builder entry = WageEvidence.builder().genderPay(embroiderers);
 * }</pre>
 *
 * @param womenHourly women's average hourly pay
 * @param menHourly men's average hourly pay
 */
public record GenderPay(@NotNull @PositiveOrZero BigDecimal womenHourly, @NotNull @Positive BigDecimal menHourly) {}
