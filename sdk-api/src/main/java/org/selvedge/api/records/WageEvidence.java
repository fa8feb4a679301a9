package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One pay observation for one producer's worker group.
 *
 * <pre>{@code
 * import org.selvedge.api.records.Period;   // not java.time.Period
 *
 * WageEvidence embroiderers = WageEvidence.builder()
 *         .producer("urn:uuid:0b7e8f3e-2c4d-4f6a-8e1b-3a5c7d9e0f12")
 *         .workerGroup("embroiderers").workers(Headcount.of(30, 28))
 *         .period(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
 *         .currency("PEN")
 *         .pay(new Pay.Piece(new BigDecimal("95.00"), new BigDecimal("540"), new BigDecimal("12.50")))
 *         .source("cooperative payroll ledger, Q3 2026")
 *         .build();   // (95.00 - 12.50) x 60 / 540 = 9.17 PEN/h
 * }</pre>
 *
 * @param producer id of the producer it belongs to (required)
 * @param workerGroup e.g. {@code embroiderers} (required)
 * @param workers who the observation covers (required)
 * @param period the dates it covers (required)
 * @param currency ISO 4217 code (required)
 * @param pay what is paid (required)
 * @param genderPay women's and men's average hourly pay (optional)
 * @param source where the figure comes from (optional)
 */
public record WageEvidence(
        @NotNull String producer,
        @NotBlank String workerGroup,
        @NotNull @Valid Headcount workers,
        @NotNull @Valid Period period,
        @NotNull @Pattern(regexp = Patterns.CURRENCY, message = Patterns.CURRENCY_MESSAGE) String currency,
        @NotNull @Valid Pay pay,
        @Valid GenderPay genderPay,
        String source) {

    /** A builder with every part unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link WageEvidence}; every setter returns the builder. */
    public static final class Builder {
        private String producer;
        private String workerGroup;
        private Headcount workers;
        private Period period;
        private String currency;
        private Pay pay;
        private GenderPay genderPay;
        private String source;

        private Builder() {}

        public Builder producer(String v) { producer = v; return this; }
        public Builder workerGroup(String v) { workerGroup = v; return this; }
        public Builder workers(Headcount v) { workers = v; return this; }
        public Builder period(Period v) { period = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder pay(Pay v) { pay = v; return this; }
        public Builder genderPay(GenderPay v) { genderPay = v; return this; }
        public Builder source(String v) { source = v; return this; }

        /** The evidence; structural checks happen when the record is checked. */
        public WageEvidence build() {
            return new WageEvidence(producer, workerGroup, workers, period, currency, pay, genderPay, source);
        }
    }
}
