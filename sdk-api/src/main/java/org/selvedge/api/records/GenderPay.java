package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Average hourly pay of women and of men in a worker group, for the equal-pay check.
 *
 * @param womenHourly women's average hourly pay
 * @param menHourly men's average hourly pay
 */
public record GenderPay(@NotNull @PositiveOrZero BigDecimal womenHourly, @NotNull @Positive BigDecimal menHourly) {}
