package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.selvedge.api.records.Pay;

/**
 * An exact hourly rate held as a fraction, so that {@code 1130.00 / 208} is compared without ever
 * being rounded: two rates compare by cross-multiplication. Only the figures shown to people are
 * rounded (two decimals, HALF_EVEN).
 */
public final class Rate implements Comparable<Rate> {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Rate(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * The effective hourly rate of a pay figure, or {@code null} when a field it needs is missing or
     * the hours or minutes are not positive (reported elsewhere as {@code INVALID_FIELD}).
     */
    public static Rate hourly(Pay pay) {
        if (pay == null || pay.amount() == null) {
            return null;
        }
        if (pay instanceof Pay.Hourly h) {
            return of(h.amount(), BigDecimal.ONE);
        }
        if (pay instanceof Pay.Daily d) {
            return of(d.amount(), d.hoursPerDay());
        }
        if (pay instanceof Pay.Weekly w) {
            return of(w.amount(), w.hoursPerWeek());
        }
        if (pay instanceof Pay.Monthly m) {
            return of(m.amount(), m.hoursPerMonth());
        }
        Pay.Piece p = (Pay.Piece) pay;
        if (p.minutesPerUnit() == null) {
            return null;
        }
        // Fair Trade Federation Fair Wage Guide: (price − materials) × 60 / minutes per unit.
        return of(p.amount().subtract(p.materialCostOrZero()).multiply(SIXTY), p.minutesPerUnit());
    }

    private static Rate of(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() <= 0) {
            return null;
        }
        return new Rate(numerator, denominator);
    }

    @Override
    public int compareTo(Rate other) {
        // a/b ? c/d  <=>  a·d ? c·b, both denominators being positive.
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Whether this rate is strictly below {@code other}. */
    public boolean below(Rate other) {
        return compareTo(other) < 0;
    }

    /**
     * This rate divided by {@code other}, to 6 decimals, or {@code null} when {@code other} is zero;
     * used only to rank evidence entries, never to judge them.
     */
    public BigDecimal ratioTo(Rate other) {
        BigDecimal divisor = other.numerator.multiply(denominator);
        if (divisor.signum() == 0) {
            return null;
        }
        return numerator.multiply(other.denominator).divide(divisor, 6, RoundingMode.HALF_EVEN);
    }

    /** The rate as people see it: two decimals, HALF_EVEN. */
    public BigDecimal display() {
        return numerator.divide(denominator, 2, RoundingMode.HALF_EVEN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return numerator.divide(denominator, 10, RoundingMode.HALF_EVEN).stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return display().toPlainString() + "/h";
    }
}
