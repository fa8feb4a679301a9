package org.selvedge.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.claims.ClaimRules;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.RecordReader;
import org.selvedge.core.json.StrictJson;

/**
 * Checks the claims of provenance records. Immutable and thread-safe: build one and reuse it.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.DEFAULT.withPayGapTolerance(new BigDecimal("0.03"));
 * ClaimReport report = checker.check(Files.readAllBytes(Path.of("record.json")));
 * if (!report.valid()) {
 *     report.allViolations().forEach(v -> System.out.println(v.code() + " " + v.path()));
 * }
 * }</pre>
 */
public final class ClaimChecker {
    /** The default gender pay-gap tolerance of the design document: 0.05 (5%). */
    public static final BigDecimal DEFAULT_PAY_GAP_TOLERANCE = new BigDecimal("0.05");

    /** Default tolerance and JSON limits. */
    public static final ClaimChecker DEFAULT = new ClaimChecker(DEFAULT_PAY_GAP_TOLERANCE, JsonLimits.DEFAULT);

    private final BigDecimal payGapTolerance;
    private final JsonLimits limits;

    private ClaimChecker(BigDecimal payGapTolerance, JsonLimits limits) {
        this.payGapTolerance = payGapTolerance;
        this.limits = limits;
    }

    /** The most decimals a pay-gap tolerance may have (0.0000000001 is a ten-billionth). */
    public static final int MAX_PAY_GAP_TOLERANCE_DECIMALS = 10;

    /**
     * This checker with another gender pay-gap tolerance, a share from 0 to 1 with at most
     * {@link #MAX_PAY_GAP_TOLERANCE_DECIMALS} decimals (trailing zeros aside). The bound keeps the exact
     * comparison and the figures in messages small whatever the input ({@code 1e-999999999} would be
     * written out as a billion digits).
     *
     * @throws IllegalArgumentException when outside 0–1 or with more decimals
     */
    public ClaimChecker withPayGapTolerance(BigDecimal tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        // toString, not toPlainString: 1E+999999999 in plain notation is a billion characters.
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("pay-gap tolerance must be between 0 and 1, got " + tolerance);
        }
        if (tolerance.scale() > MAX_PAY_GAP_TOLERANCE_DECIMALS
                && tolerance.stripTrailingZeros().scale() > MAX_PAY_GAP_TOLERANCE_DECIMALS) {
            throw new IllegalArgumentException("pay-gap tolerance may have at most " + MAX_PAY_GAP_TOLERANCE_DECIMALS
                    + " decimals, got " + tolerance);
        }
        return new ClaimChecker(tolerance, limits);
    }

    /** This checker with other limits for reading JSON. */
    public ClaimChecker withJsonLimits(JsonLimits jsonLimits) {
        return new ClaimChecker(payGapTolerance, Objects.requireNonNull(jsonLimits, "jsonLimits"));
    }

    /** The gender pay-gap tolerance in force. */
    public BigDecimal payGapTolerance() {
        return payGapTolerance;
    }

    /** Checks a record built in Java (structural constraints included). */
    public ClaimReport check(ProductProvenance record) {
        return ClaimRules.check(Objects.requireNonNull(record, "record"), List.of(), payGapTolerance, false);
    }

    /**
     * Reads and checks a record from JSON. Never throws for bad input: malformed JSON and structural
     * problems come back as record-wide violations of an invalid report.
     */
    public ClaimReport check(byte[] json) {
        try {
            RecordReader.Result read = RecordReader.read(StrictJson.parse(json, limits), "");
            if (read.record() == null) {
                return ClaimReport.unreadable(read.problems());
            }
            return ClaimRules.check(read.record(), read.problems(), payGapTolerance, true);
        } catch (JsonInputException e) {
            return ClaimReport.unreadable(List.of(new Violation(e.code(), e.path(), e.getMessage())));
        }
    }

    JsonLimits limits() {
        return limits;
    }
}
