package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Pay;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.RecordFormatException;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.Fixture;

/** Reading records: strict about types, unknown members and duplicates; every problem with its path. */
class RecordReadingTest {

    @Test
    void readsEveryPartOfTheBaseRecord() throws Exception {
        ProductProvenance r = Selvedge.readRecord(Fixture.base().bytes());
        assertThat(r.producers()).hasSize(2);
        Cooperative c = (Cooperative) r.producers().get(0);
        assertThat(c.members().women()).isEqualTo(30);
        assertThat(c.governance().board().total()).isEqualTo(6);
        Pay.Piece piece = (Pay.Piece) r.wageEvidence().get(0).pay();
        assertThat(piece.amount()).hasToString("600.00"); // scale kept
        assertThat(r.claims()).hasSize(5);
    }

    @Test
    void moneyAsAJsonNumberIsRejectedWithAClearMessage() {
        ClaimReport r = Selvedge.check(Fixture.base().set("/wageEvidence/0/pay/amount", 600.00).bytes());
        Violation v = only(r, "/wageEvidence/0/pay/amount");
        assertThat(v.message()).contains("decimal string").contains("not a JSON number");
    }

    @Test
    void decimalStringsMustBePlain() {
        for (String bad : new String[] {"6e2", "+600", " 600", "600.", ".5", "0x10", "six hundred", "1,5"}) {
            ClaimReport r = Selvedge.check(Fixture.base().set("/wageEvidence/0/pay/amount", bad).bytes());
            assertThat(only(r, "/wageEvidence/0/pay/amount").code()).as(bad).isEqualTo(ViolationCode.INVALID_FIELD);
        }
    }

    @Test
    void theFourListsAreRequired_butMayBeEmpty() {
        for (String list : new String[] {"producers", "wageEvidence", "benchmarks", "claims"}) {
            ClaimReport r = Selvedge.check(Fixture.base().remove("/" + list).bytes());
            assertThat(r.valid()).as(list).isFalse();
            Violation v = only(r, "/" + list);
            assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FIELD);
            assertThat(v.message()).contains("is required");
            assertThat(r.recordViolations()).as(list).filteredOn(x -> x.path().equals("/" + list)).hasSize(1);
        }
        // The near miss: a record that makes no claims says so with [].
        ClaimReport none = Selvedge.check(Fixture.base().setJson("/claims", "[]").setJson("/wageEvidence", "[]")
                .setJson("/benchmarks", "[]").bytes());
        assertThat(none.recordViolations()).isEmpty();
        assertThat(none.valid()).isTrue();
    }

    @Test
    void aNegativeZeroAmountIsRejected_zeroItselfIsNot() throws Exception {
        for (String bad : new String[] {"-0", "-0.00", "-0.0000"}) {
            ClaimReport r = Selvedge.check(Fixture.base().set("/wageEvidence/1/pay/amount", bad).bytes());
            Violation v = only(r, "/wageEvidence/1/pay/amount");
            assertThat(v.code()).as(bad).isEqualTo(ViolationCode.INVALID_FIELD);
            assertThat(v.message()).contains("negative zero");
        }
        byte[] zero = Fixture.base().set("/producers/1/revenueShare", "0.00").bytes();
        ProductProvenance r = Selvedge.readRecord(zero);
        assertThat(Selvedge.toJson(r)).contains("\"revenueShare\" : \"0.00\"");
        assertThat(Selvedge.check(Fixture.base().set("/producers/1/revenueShare", "-0").bytes()).recordViolations())
                .extracting(Violation::path).containsExactly("/producers/1/revenueShare");
    }

    @Test
    void countsMustBeIntegers() {
        ClaimReport r = Selvedge.check(Fixture.base().set("/producers/0/members/total", "40").bytes());
        assertThat(only(r, "/producers/0/members/total").message()).contains("JSON integer");
        ClaimReport f = Selvedge.check(Fixture.base().set("/producers/0/members/total", 40.5).bytes());
        assertThat(only(f, "/producers/0/members/total").code()).isEqualTo(ViolationCode.INVALID_FIELD);
    }

    @Test
    void unknownMembersAreRejectedAtEveryLevel() {
        ClaimReport r = Selvedge.check(Fixture.base().set("/producers/0/governance/boardd", 1)
                .set("/wageEvidence/0/pay/hoursPerDay", "8").set("/note", "x").bytes());
        assertThat(r.recordViolations()).extracting(Violation::path).contains(
                "/producers/0/governance/boardd", "/wageEvidence/0/pay/hoursPerDay", "/note");
        assertThat(r.valid()).isFalse();
    }

    @Test
    void duplicateKeysAreRejectedWithThePath() {
        String json = new String(Fixture.base().bytes(), StandardCharsets.UTF_8)
                .replace("\"name\" : \"Test Basket Cooperative\",", "\"name\" : \"A\", \"name\" : \"B\",");
        ClaimReport r = Selvedge.check(json);
        assertThat(r.valid()).isFalse();
        assertThat(r.recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE_KEY);
            assertThat(v.path()).isEqualTo("/producers/0/name");
        });
    }

    @Test
    void malformedJsonGivesOneViolationWithTheReason() {
        ClaimReport r = Selvedge.check("{\"type\": \"ProductProvenance\", ");
        assertThat(r.valid()).isFalse();
        assertThat(r.record()).isNull();
        assertThat(r.recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED_JSON);
            assertThat(v.message()).contains("line 1");
        });
    }

    @Test
    void notAnObjectAtAll() {
        ClaimReport r = Selvedge.check("[1,2,3]");
        assertThat(r.valid()).isFalse();
        assertThat(r.recordViolations()).singleElement().extracting(Violation::code).isEqualTo(ViolationCode.INVALID_FIELD);
    }

    @Test
    void wrongTypeValueIsReportedOnceNotAlsoAsMissing() {
        ClaimReport r = Selvedge.check(Fixture.base().set("/product/name", 42).bytes());
        assertThat(r.recordViolations()).extracting(Violation::path).containsExactly("/product/name");
    }

    @Test
    void readRecordThrowsWithEveryProblem() {
        byte[] json = Fixture.base().set("/wageEvidence/0/pay/amount", 1).set("/extra", true).bytes();
        assertThatThrownBy(() -> Selvedge.readRecord(json))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.problems())
                        .extracting(Violation::path).containsExactlyInAnyOrder("/wageEvidence/0/pay/amount", "/extra"));
    }

    @Test
    void extensionsRoundTripExactly() throws Exception {
        byte[] json = Fixture.base().setJson("/extensions",
                "{\"certifications\":[{\"scheme\":\"WFTO\",\"since\":2019,\"score\":4.75,\"active\":true,\"note\":null}]}").bytes();
        ProductProvenance r = Selvedge.readRecord(json);
        ProductProvenance again = Selvedge.readRecord(Selvedge.toJson(r).getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(r);
        assertThat(Selvedge.toJson(again)).contains("\"score\" : 4.75").contains("\"since\" : 2019");
    }

    private static Violation only(ClaimReport r, String path) {
        assertThat(r.recordViolations()).extracting(Violation::path).contains(path);
        return r.recordViolations().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow();
    }
}
