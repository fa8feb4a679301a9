package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.util.List;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.GenderPay;
import org.selvedge.api.records.Governance;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.Pay;
import org.selvedge.api.records.Patterns;
import org.selvedge.api.records.Period;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.Product;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;

/**
 * The Jakarta constraints declared on the API records, checked by hand, with the same paths and
 * messages Hibernate Validator gives them. Records read from JSON, on the verification hot path, are
 * checked here: Hibernate Validator costs about 75 µs per record and 300 ms to bootstrap, which is
 * most of a verification and all of a CLI start. Records built in Java are still checked by Hibernate
 * Validator, and a property test holds the two to the same verdicts.
 */
final class RecordConstraints {
    private static final Formats URI = Formats.URI;
    private static final Formats COUNTRY = Formats.COUNTRY;
    private static final Formats REGION = Formats.REGION;
    private static final Formats SUBDIVISION = Formats.SUBDIVISION;
    private static final Formats CURRENCY = Formats.CURRENCY;
    private static final String NOT_NULL = "must not be null";
    private static final String NOT_BLANK = "must not be blank";

    private final List<Violation> out;

    private RecordConstraints(List<Violation> out) {
        this.out = out;
    }

    /** Adds a violation to {@code out} for every broken constraint of {@code r}. */
    static void check(ProductProvenance r, List<Violation> out) {
        new RecordConstraints(out).record(r);
    }

    private void record(ProductProvenance r) {
        pattern("", "/id", r.id(), URI, Patterns.URI_MESSAGE, true);
        if (notNull("", "/product", r.product())) {
            product(r.product());
        }
        if (r.producers().isEmpty()) {
            add("", "/producers", "must not be empty");
        }
        for (int i = 0; i < r.producers().size(); i++) {
            Producer p = r.producers().get(i);
            String path = "/producers/" + i;
            if (notNull(path, "", p)) {
                if (p instanceof Cooperative c) {
                    cooperative(c, path);
                } else {
                    artisan((Artisan) p, path);
                }
            }
        }
        for (int i = 0; i < r.wageEvidence().size(); i++) {
            WageEvidence e = r.wageEvidence().get(i);
            if (notNull("/wageEvidence/" + i, "", e)) {
                evidence(e, "/wageEvidence/" + i);
            }
        }
        for (int i = 0; i < r.benchmarks().size(); i++) {
            Benchmark b = r.benchmarks().get(i);
            if (notNull("/benchmarks/" + i, "", b)) {
                benchmark(b, "/benchmarks/" + i);
            }
        }
        for (int i = 0; i < r.claims().size(); i++) {
            Claim c = r.claims().get(i);
            if (notNull("/claims/" + i, "", c)) {
                notNull("/claims/" + i, "/topic", c.topic());
                notNull("/claims/" + i, "/producer", c.producer());
            }
        }
    }

    private void product(Product p) {
        notBlank("", "/product/name", p.name());
        pattern("", "/product/originCountry", p.originCountry(), COUNTRY, Patterns.COUNTRY_MESSAGE, true);
    }

    private void cooperative(Cooperative c, String path) {
        pattern(path, "/id", c.id(), URI, Patterns.URI_MESSAGE, true);
        notBlank(path, "/name", c.name());
        pattern(path, "/country", c.country(), COUNTRY, Patterns.COUNTRY_MESSAGE, true);
        pattern(path, "/region", c.region(), SUBDIVISION, Patterns.SUBDIVISION_MESSAGE, false);
        if (c.foundedYear() != null) {
            range(path, "/foundedYear", c.foundedYear(), 1000, 9999);
        }
        if (notNull(path, "/members", c.members())) {
            headcount(c.members(), path + "/members");
        }
        if (c.ownership() != null && notNull(path, "/ownership/womenShare", c.ownership().womenShare())) {
            share(path, "/ownership/womenShare", c.ownership().womenShare());
        }
        if (notNull(path, "/governance", c.governance())) {
            Governance g = c.governance();
            if (g.board() != null) {
                headcount(g.board(), path + "/governance/board");
            }
            if (notNull(path, "/governance/management", g.management())) {
                headcount(g.management(), path + "/governance/management");
            }
            if (notNull(path, "/governance/legalSignatory", g.legalSignatory())) {
                notNull(path, "/governance/legalSignatory/gender", g.legalSignatory().gender());
            }
        }
        share(path, "/revenueShare", c.revenueShare());
    }

    private void artisan(Artisan a, String path) {
        pattern(path, "/id", a.id(), URI, Patterns.URI_MESSAGE, true);
        notBlank(path, "/name", a.name());
        pattern(path, "/country", a.country(), COUNTRY, Patterns.COUNTRY_MESSAGE, true);
        pattern(path, "/region", a.region(), SUBDIVISION, Patterns.SUBDIVISION_MESSAGE, false);
        notNull(path, "/gender", a.gender());
        share(path, "/revenueShare", a.revenueShare());
    }

    private void evidence(WageEvidence e, String path) {
        notNull(path, "/producer", e.producer());
        notBlank(path, "/workerGroup", e.workerGroup());
        if (notNull(path, "/workers", e.workers())) {
            headcount(e.workers(), path + "/workers");
        }
        if (notNull(path, "/period", e.period())) {
            Period p = e.period();
            notNull(path, "/period/from", p.from());
            notNull(path, "/period/to", p.to());
        }
        pattern(path, "/currency", e.currency(), CURRENCY, Patterns.CURRENCY_MESSAGE, true);
        if (notNull(path, "/pay", e.pay())) {
            pay(e.pay(), path + "/pay");
        }
        GenderPay gp = e.genderPay();
        if (gp != null) {
            if (notNull(path, "/genderPay/womenHourly", gp.womenHourly())) {
                atLeastZero(path, "/genderPay/womenHourly", gp.womenHourly());
            }
            if (notNull(path, "/genderPay/menHourly", gp.menHourly())) {
                positive(path, "/genderPay/menHourly", gp.menHourly());
            }
        }
    }

    private void benchmark(Benchmark b, String path) {
        notNull(path, "/kind", b.kind());
        pattern(path, "/region", b.region(), REGION, Patterns.REGION_MESSAGE, true);
        if (notNull(path, "/year", b.year())) {
            range(path, "/year", b.year(), 1900, 9999);
        }
        pattern(path, "/currency", b.currency(), CURRENCY, Patterns.CURRENCY_MESSAGE, true);
        if (notNull(path, "/pay", b.pay())) {
            pay(b.pay(), path + "/pay");
        }
        notBlank(path, "/source", b.source());
    }

    private void pay(Pay pay, String path) {
        if (notNull(path, "/amount", pay.amount())) {
            atLeastZero(path, "/amount", pay.amount());
        }
        if (pay instanceof Pay.Daily d) {
            positiveRequired(path, "/hoursPerDay", d.hoursPerDay());
        } else if (pay instanceof Pay.Weekly w) {
            positiveRequired(path, "/hoursPerWeek", w.hoursPerWeek());
        } else if (pay instanceof Pay.Monthly m) {
            positiveRequired(path, "/hoursPerMonth", m.hoursPerMonth());
        } else if (pay instanceof Pay.Piece p) {
            positiveRequired(path, "/minutesPerUnit", p.minutesPerUnit());
            if (p.materialCostPerUnit() != null) {
                atLeastZero(path, "/materialCostPerUnit", p.materialCostPerUnit());
            }
        }
    }

    private void headcount(Headcount h, String path) {
        if (notNull(path, "/total", h.total()) && h.total() < 0) {
            add(path, "/total", "must be greater than or equal to 0");
        }
        if (notNull(path, "/women", h.women()) && h.women() < 0) {
            add(path, "/women", "must be greater than or equal to 0");
        }
    }

    // --- constraint kinds: a path is the parent's plus a segment, joined only when a violation is reported ---

    private boolean notNull(String base, String seg, Object value) {
        if (value == null) {
            add(base, seg, NOT_NULL);
            return false;
        }
        return true;
    }

    private void notBlank(String base, String seg, String value) {
        if (value == null || value.isBlank()) {
            add(base, seg, NOT_BLANK);
        }
    }

    private void pattern(String base, String seg, String value, Formats format, String message, boolean required) {
        if (value == null) {
            if (required) {
                add(base, seg, NOT_NULL);
            }
        } else if (!format.matches(value)) {
            add(base, seg, message);
        }
    }

    private void range(String base, String seg, int value, int min, int max) {
        if (value < min) {
            add(base, seg, "must be greater than or equal to " + min);
        } else if (value > max) {
            add(base, seg, "must be less than or equal to " + max);
        }
    }

    private void share(String base, String seg, BigDecimal value) {
        if (value != null) {
            if (value.signum() < 0) {
                add(base, seg, "must be at least 0");
            } else if (value.compareTo(BigDecimal.ONE) > 0) {
                add(base, seg, "must be at most 1");
            }
        }
    }

    private void atLeastZero(String base, String seg, BigDecimal value) {
        if (value.signum() < 0) {
            add(base, seg, "must be greater than or equal to 0");
        }
    }

    private void positive(String base, String seg, BigDecimal value) {
        if (value.signum() <= 0) {
            add(base, seg, "must be greater than 0");
        }
    }

    private void positiveRequired(String base, String seg, BigDecimal value) {
        if (notNull(base, seg, value)) {
            positive(base, seg, value);
        }
    }

    private void add(String base, String seg, String message) {
        out.add(new Violation(ViolationCode.INVALID_FIELD, base + seg, message));
    }
}
