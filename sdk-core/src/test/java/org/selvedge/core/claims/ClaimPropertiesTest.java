package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.BenchmarkKind;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Gender;
import org.selvedge.api.records.GenderPay;
import org.selvedge.api.records.Governance;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.Pay;
import org.selvedge.api.records.Period;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.Product;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.Signatory;
import org.selvedge.api.records.WageEvidence;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.RecordArbitraries;

/** Properties of the exact arithmetic and of reading and writing records. */
class ClaimPropertiesTest {

    @Property
    void effectiveHourlyRisesWithPiecePrice(@ForAll @BigRange(min = "0", max = "10000") BigDecimal price,
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal raise,
            @ForAll @BigRange(min = "0.01", max = "10000") BigDecimal minutes,
            @ForAll @BigRange(min = "0", max = "1000") BigDecimal material) {
        Rate before = Rate.hourly(new Pay.Piece(price, minutes, material));
        Rate after = Rate.hourly(new Pay.Piece(price.add(raise), minutes, material));
        assertThat(after.compareTo(before)).isPositive();
    }

    @Property
    void effectiveHourlyFallsWithMinutesAndMaterialCost(@ForAll @BigRange(min = "1000.01", max = "10000") BigDecimal price,
            @ForAll @BigRange(min = "0.01", max = "10000") BigDecimal minutes,
            @ForAll @BigRange(min = "0.01", max = "100") BigDecimal more,
            @ForAll @BigRange(min = "0", max = "1000") BigDecimal material) {
        Rate base = Rate.hourly(new Pay.Piece(price, minutes, material));
        assertThat(Rate.hourly(new Pay.Piece(price, minutes.add(more), material)).compareTo(base)).isNegative();
        assertThat(Rate.hourly(new Pay.Piece(price, minutes, material.add(more))).compareTo(base)).isNegative();
    }

    @Property
    void comparisonIsExactWhereDisplayRoundingWouldLie(@ForAll @IntRange(min = 1, max = 1000) int hours,
            @ForAll @BigRange(min = "0.01", max = "100000") BigDecimal amount) {
        // amount/hours against the same value as an hourly rate: equal, never "below" either way.
        Rate monthly = Rate.hourly(new Pay.Monthly(amount, BigDecimal.valueOf(hours)));
        Rate same = Rate.hourly(new Pay.Monthly(amount.multiply(BigDecimal.valueOf(3)), BigDecimal.valueOf(3L * hours)));
        assertThat(monthly.below(same)).isFalse();
        assertThat(same.below(monthly)).isFalse();
    }

    @Property(tries = 200)
    void scalingEveryAmountAndBenchmarkByTheSameFactorChangesNoVerdict(@ForAll("records") ProductProvenance record,
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal factor) {
        ClaimReport before = Selvedge.check(record);
        ClaimReport after = Selvedge.check(scale(record, factor));
        assertThat(verdicts(after)).isEqualTo(verdicts(before));
    }

    @Property(tries = 200)
    void generatedRecordsRoundTripThroughJson(@ForAll("records") ProductProvenance record) throws Exception {
        String json = Selvedge.toJson(record);
        assertThat(Selvedge.readRecord(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(record);
    }

    private static List<String> verdicts(ClaimReport r) {
        List<String> out = new ArrayList<>();
        for (ClaimResult c : r.claims()) {
            out.add(c.status() + " " + c.violations().stream().map(v -> v.code() + v.path()).toList());
        }
        return out;
    }

    private static ProductProvenance scale(ProductProvenance r, BigDecimal f) {
        List<WageEvidence> evidence = new ArrayList<>();
        for (WageEvidence e : r.wageEvidence()) {
            GenderPay gp = e.genderPay() == null ? null
                    : new GenderPay(e.genderPay().womenHourly().multiply(f), e.genderPay().menHourly().multiply(f));
            evidence.add(new WageEvidence(e.producer(), e.workerGroup(), e.workers(), e.period(), e.currency(),
                    scale(e.pay(), f), gp, e.source()));
        }
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Benchmark b : r.benchmarks()) {
            benchmarks.add(new Benchmark(b.kind(), b.region(), b.year(), b.currency(), scale(b.pay(), f), b.source()));
        }
        return r.toBuilder().wageEvidence(evidence).benchmarks(benchmarks).build();
    }

    private static Pay scale(Pay p, BigDecimal f) {
        if (p instanceof Pay.Hourly h) {
            return new Pay.Hourly(h.amount().multiply(f));
        }
        if (p instanceof Pay.Daily d) {
            return new Pay.Daily(d.amount().multiply(f), d.hoursPerDay());
        }
        if (p instanceof Pay.Weekly w) {
            return new Pay.Weekly(w.amount().multiply(f), w.hoursPerWeek());
        }
        if (p instanceof Pay.Monthly m) {
            return new Pay.Monthly(m.amount().multiply(f), m.hoursPerMonth());
        }
        Pay.Piece pc = (Pay.Piece) p;
        return new Pay.Piece(pc.amount().multiply(f), pc.minutesPerUnit(),
                pc.materialCostPerUnit() == null ? null : pc.materialCostPerUnit().multiply(f));
    }

    @Provide
    Arbitrary<ProductProvenance> records() {
        return RecordArbitraries.records();
    }
}
