package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A pay figure on one of five bases. Every amount is an exact {@link BigDecimal}; the effective
 * hourly rate is computed without rounding by the claim checker.
 *
 * <pre>{@code
 * Pay piece = new Pay.Piece(new BigDecimal("95.00"), new BigDecimal("540"), new BigDecimal("12.50"));
 * Pay monthly = new Pay.Monthly(new BigDecimal("1850.00"), new BigDecimal("192"));
 * }</pre>
 */
public sealed interface Pay permits Pay.Hourly, Pay.Daily, Pay.Weekly, Pay.Monthly, Pay.Piece {

    /** Which basis this pay is on. */
    PayBasis basis();

    /** The amount paid per hour, day, week, month or unit. */
    BigDecimal amount();

    /**
     * Pay per hour.
     *
     * @param amount per hour
     */
    record Hourly(@NotNull @PositiveOrZero BigDecimal amount) implements Pay {
        @Override
        public PayBasis basis() {
            return PayBasis.HOURLY;
        }
    }

    /**
     * Pay per day.
     *
     * @param amount per day
     * @param hoursPerDay hours worked in that day
     */
    record Daily(@NotNull @PositiveOrZero BigDecimal amount, @NotNull @Positive BigDecimal hoursPerDay)
            implements Pay {
        @Override
        public PayBasis basis() {
            return PayBasis.DAILY;
        }
    }

    /**
     * Pay per week.
     *
     * @param amount per week
     * @param hoursPerWeek hours worked in that week
     */
    record Weekly(@NotNull @PositiveOrZero BigDecimal amount, @NotNull @Positive BigDecimal hoursPerWeek)
            implements Pay {
        @Override
        public PayBasis basis() {
            return PayBasis.WEEKLY;
        }
    }

    /**
     * Pay per month.
     *
     * @param amount per month
     * @param hoursPerMonth hours worked in that month
     */
    record Monthly(@NotNull @PositiveOrZero BigDecimal amount, @NotNull @Positive BigDecimal hoursPerMonth)
            implements Pay {
        @Override
        public PayBasis basis() {
            return PayBasis.MONTHLY;
        }
    }

    /**
     * A piece rate, converted as the Fair Trade Federation Fair Wage Guide does:
     * {@code (amount − materialCostPerUnit) × 60 / minutesPerUnit}.
     *
     * @param amount paid per unit
     * @param minutesPerUnit minutes one unit takes
     * @param materialCostPerUnit materials the maker pays for per unit ({@code null} on the wire means 0)
     */
    record Piece(@NotNull @PositiveOrZero BigDecimal amount, @NotNull @Positive BigDecimal minutesPerUnit,
            @PositiveOrZero BigDecimal materialCostPerUnit) implements Pay {
        @Override
        public PayBasis basis() {
            return PayBasis.PIECE;
        }

        /** The material cost per unit, 0 when none was given. */
        public BigDecimal materialCostOrZero() {
            return materialCostPerUnit == null ? BigDecimal.ZERO : materialCostPerUnit;
        }
    }
}
