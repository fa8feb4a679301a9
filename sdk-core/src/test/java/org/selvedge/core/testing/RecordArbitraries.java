package org.selvedge.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

/** jqwik generators of structurally valid records around realistic figures, so that verdicts vary. */
public final class RecordArbitraries {
    private RecordArbitraries() {}

    private static final String COOP = "urn:uuid:c1";
    private static final String ARTISAN = "urn:uuid:a1";

    /** Valid records: a cooperative and an artisan, 0–3 evidence entries, 0–4 benchmarks, 1–4 claims. */
    public static Arbitrary<ProductProvenance> records() {
        Arbitrary<Cooperative> coop = Combinators.combine(headcount(1, 60), headcount(1, 9), headcount(1, 5),
                Arbitraries.of(Gender.class), Arbitraries.of("KE-14", "KE-30")).as((members, board, mgmt, g, region) ->
                Cooperative.builder().id(COOP).name("Gen coop").country("KE").region(region)
                        .members(members).governance(new Governance(board, mgmt, new Signatory(g))).build());
        Arbitrary<Artisan> artisan = Arbitraries.of(Gender.class).map(g ->
                new Artisan(ARTISAN, "Gen artisan", "KE", null, g, "craft", null));
        Arbitrary<List<WageEvidence>> evidence = evidence().list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<List<Benchmark>> benchmarks = benchmark().list().ofMinSize(0).ofMaxSize(4);
        // A basis only on FAIR_WAGE claims: on the others it is an INVALID_FIELD.
        Arbitrary<List<Claim>> claims = Combinators.combine(Arbitraries.of(ClaimTopic.class),
                Arbitraries.of(COOP, ARTISAN), Arbitraries.of(BenchmarkKind.class).injectNull(0.3))
                .as((topic, producer, basis) -> new Claim(topic, producer, topic == ClaimTopic.FAIR_WAGE ? basis : null))
                .list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(coop, artisan, evidence, benchmarks, claims).as((c, a, e, b, cl) ->
                ProductProvenance.builder().id("urn:uuid:gen").product(Product.of("Generated", "KE"))
                        .producers(List.<Producer>of(c, a)).wageEvidence(e).benchmarks(b).claims(cl).build());
    }

    private static Arbitrary<Headcount> headcount(int min, int max) {
        return Arbitraries.integers().between(min, max).flatMap(total ->
                Arbitraries.integers().between(0, total).map(women -> Headcount.of(total, women)));
    }

    private static Arbitrary<BigDecimal> money(String min, String max) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(2);
    }

    private static Arbitrary<Pay> timePay() {
        return Arbitraries.oneOf(
                money("50", "200").map(Pay.Hourly::new),
                money("400", "1600").map(a -> new Pay.Daily(a, new BigDecimal("8"))),
                money("2000", "8000").map(a -> new Pay.Weekly(a, new BigDecimal("40"))),
                money("8000", "32000").map(a -> new Pay.Monthly(a, new BigDecimal("160"))));
    }

    private static Arbitrary<Pay> pay() {
        return Arbitraries.oneOf(timePay(), Combinators.combine(money("200", "900"), money("0", "150"))
                .as((a, m) -> new Pay.Piece(a, new BigDecimal("240"), m)));
    }

    private static Arbitrary<WageEvidence> evidence() {
        Arbitrary<GenderPay> gp = Combinators.combine(money("80", "130"), money("100", "130"))
                .as(GenderPay::new).injectNull(0.5);
        return Combinators.combine(Arbitraries.of(COOP, ARTISAN), pay(), gp, Arbitraries.of("KES", "USD"))
                .as((producer, pay, g, currency) -> WageEvidence.builder().producer(producer).workerGroup("makers")
                        .workers(Headcount.of(10, 8)).period(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                        .currency(currency).pay(pay).genderPay(g).build());
    }

    private static Arbitrary<Benchmark> benchmark() {
        return Combinators.combine(Arbitraries.of(BenchmarkKind.class), Arbitraries.of("KE", "KE-14", "KE-30"),
                Arbitraries.of(2025, 2026), Arbitraries.of("KES", "USD"), timePay())
                .as((kind, region, year, currency, pay) -> new Benchmark(kind, region, year, currency, pay, "generated"));
    }
}
