package org.selvedge.core.claims;

import static org.selvedge.core.testing.Fixture.ARTISAN_FAIR_WAGE;
import static org.selvedge.core.testing.Fixture.ARTISAN_LED;
import static org.selvedge.core.testing.Fixture.COOP_FAIR_WAGE;
import static org.selvedge.core.testing.Fixture.COOP_LED;
import static org.selvedge.core.testing.Fixture.COOP_OWNED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.ClaimStatus;
import org.selvedge.api.claims.OwnershipFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.testing.Shared;

/**
 * Missing evidence is never a pass, and neither is rejected evidence: a value the reader or the
 * structural checks refused is not read as "not given", and every claim that depends on it is
 * violated, with the problem's path.
 */
class RejectedEvidenceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static ClaimReport check(Fixture f) {
        return f.check();
    }

    static ClaimResult claim(ClaimReport r, int i) {
        return r.claims().get(i);
    }

    static List<String> violations(ClaimReport r, int i) {
        return claim(r, i).violations().stream().map(v -> v.code() + " " + v.path()).toList();
    }

    @Test
    void aMaterialCostGivenAsANumberIsNotZero() throws Exception {
        // The shared failing example pays 80.00 a piece less 12.50 materials: 7.50/h, below 8.20. Read as
        // 0 materials it would be 8.89/h and pass.
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Shared.bytes("examples/failing/below-living-wage-and-small-board.json"));
        ((ObjectNode) doc.at("/wageEvidence/0/pay")).put("materialCostPerUnit", 12.50);
        ClaimReport r = Selvedge.check(MAPPER.writeValueAsBytes(doc));
        assertThat(r.valid()).isFalse();
        assertThat(claim(r, 0).status()).isEqualTo(ClaimStatus.VIOLATED);
        assertThat(violations(r, 0)).contains("INVALID_FIELD /wageEvidence/0/pay/materialCostPerUnit");
        WageFigures w = (WageFigures) claim(r, 0).figures();
        assertThat(w.evidence().get(0).effectiveHourly()).isNull(); // not 8.89
        // The other producer's claim does not depend on that entry.
        assertThat(claim(r, 3).status()).isEqualTo(ClaimStatus.SATISFIED);
        // Base record: same edit, same outcome.
        ClaimReport base = check(Fixture.base().set("/wageEvidence/0/pay/materialCostPerUnit", 100));
        assertThat(violations(base, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /wageEvidence/0/pay/materialCostPerUnit");
    }

    @Test
    void anUnreadableOwnershipShareDoesNotFallBackToTheMembers() {
        // Members are 30 of 40 (0.75): the fallback would satisfy WOMEN_OWNED.
        ClaimReport r = check(Fixture.base().setJson("/producers/0/ownership", "{\"womenShare\":\"0.1x\"}"));
        assertThat(violations(r, COOP_OWNED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/ownership/womenShare");
        assertThat(violations(r, COOP_LED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/ownership/womenShare");
        assertThat(((OwnershipFigures) claim(r, COOP_OWNED).figures()).womenOwnershipShare()).isNull();
        // An ownership without its share does not fall back either.
        ClaimReport empty = check(Fixture.base().setJson("/producers/0/ownership", "{}"));
        assertThat(violations(empty, COOP_OWNED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/ownership/womenShare");
    }

    @Test
    void anOwnershipShareAboveOneIsNotJudged() {
        ClaimReport r = check(Fixture.base().setJson("/producers/0/ownership", "{\"womenShare\":\"1.5\"}"));
        assertThat(violations(r, COOP_OWNED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/ownership/womenShare");
        assertThat(claim(r, COOP_OWNED).violations().get(0).message()).contains("must be at most 1");
        assertThat(((OwnershipFigures) claim(r, COOP_OWNED).figures()).womenOwnershipShare()).isNull();
    }

    @Test
    void moreWomenManagersThanManagersIsNotWomenLed() {
        ClaimReport r = check(Fixture.base().setJson("/producers/0/governance/management", "{\"total\":3,\"women\":5}"));
        assertThat(violations(r, COOP_LED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/governance/management/women");
        assertThat(violations(r, COOP_OWNED)).containsExactly("MISSING_GOVERNANCE_DATA /producers/0/governance/management/women");
        assertThat(((OwnershipFigures) claim(r, COOP_LED).figures()).womenManagementShare()).isNull(); // not 1.6667
        // The FAIR_WAGE claim depends on its producer too, with INVALID_FIELD.
        assertThat(violations(r, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /producers/0/governance/management/women");
    }

    @Test
    void aZeroMenHourlyMakesTheGapUndefined_aViolationNotAPass() {
        ClaimReport r = check(Fixture.base().set("/wageEvidence/0/genderPay/menHourly", "0"));
        assertThat(violations(r, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /wageEvidence/0/genderPay/menHourly");
        assertThat(((WageFigures) claim(r, COOP_FAIR_WAGE).figures()).payGap()).isNull();
        ClaimReport unreadable = check(Fixture.base().set("/wageEvidence/0/genderPay/menHourly", "abc"));
        assertThat(violations(unreadable, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /wageEvidence/0/genderPay/menHourly");
    }

    @Test
    void aMisspeltMemberOfTheEvidenceIsNotIgnored() {
        // "genderpay" would drop the gap check if only the record were invalid and the claim judged as usual.
        Fixture f = Fixture.base();
        ObjectNode entry = (ObjectNode) f.tree().at("/wageEvidence/0");
        entry.set("genderpay", entry.remove("genderPay"));
        ClaimReport r = check(f);
        assertThat(violations(r, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /wageEvidence/0/genderpay");
        assertThat(claim(r, COOP_FAIR_WAGE).violations().get(0).message()).contains("FAIR_WAGE claim depends on it");
    }

    @Test
    void aProducerRegionOutsideItsCountryIsNotMatchedToThatCountrysBenchmarks() {
        // Base benchmarks are Kenyan; region TZ-01 for a KE producer would match nothing regional.
        ClaimReport r = check(Fixture.base().set("/producers/0/region", "TZ-01"));
        assertThat(violations(r, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /producers/0/region");
        WageFigures w = (WageFigures) claim(r, COOP_FAIR_WAGE).figures();
        assertThat(w.evidence().get(0).livingWageHourly()).isNull();
        assertThat(w.evidence().get(0).effectiveHourly()).isEqualByComparingTo("125.00");
    }

    @Test
    void aBenchmarkThatCouldApplyButIsInvalidViolatesTheClaim_oneForElsewhereDoesNot() {
        // The regional living wage with an unreadable year: the country-wide 100.00 would be used instead.
        ClaimReport r = check(Fixture.base().set("/benchmarks/1/year", "2026"));
        assertThat(violations(r, COOP_FAIR_WAGE)).contains("INVALID_FIELD /benchmarks/1/year");
        // The artisan has no region: a KE-14 figure, whatever its year, is not one she would be judged by.
        assertThat(claim(r, ARTISAN_FAIR_WAGE).status()).isEqualTo(ClaimStatus.SATISFIED);
        // Invalid pay on the applicable legal minimum.
        ClaimReport pay = check(Fixture.base().set("/benchmarks/0/pay/hoursPerMonth", "-190"));
        assertThat(violations(pay, COOP_FAIR_WAGE)).contains("INVALID_FIELD /benchmarks/0/pay/hoursPerMonth");
        assertThat(violations(pay, ARTISAN_FAIR_WAGE)).contains("INVALID_FIELD /benchmarks/0/pay/hoursPerMonth");
        // The near miss: a broken benchmark for Tanzania is not one these producers would use.
        Fixture elsewhere = Fixture.base().setJson("/benchmarks/3", "{\"kind\":\"LIVING_WAGE\",\"region\":\"TZ-01\","
                + "\"year\":\"2026\",\"currency\":\"TZS\",\"pay\":{\"basis\":\"HOURLY\",\"amount\":\"1\"},\"source\":\"t\"}");
        ClaimReport near = check(elsewhere);
        assertThat(near.valid()).isFalse();
        assertThat(near.claims()).allMatch(ClaimResult::satisfied);
    }

    @Test
    void evidenceThatNamesNoReadableProducerMayBeAnyones() {
        ClaimReport r = check(Fixture.base().setJson("/wageEvidence/2", "{\"producer\":7,\"workerGroup\":\"x\"}"));
        assertThat(violations(r, COOP_FAIR_WAGE)).contains("INVALID_FIELD /wageEvidence/2/producer");
        assertThat(violations(r, ARTISAN_FAIR_WAGE)).contains("INVALID_FIELD /wageEvidence/2/producer");
        assertThat(claim(r, COOP_OWNED).status()).isEqualTo(ClaimStatus.SATISFIED); // not evidence for ownership
    }

    @Test
    void aClaimsOwnInvalidFieldViolatesIt() {
        ClaimReport r = check(Fixture.base().set("/claims/0/basis", "LEGAL"));
        assertThat(violations(r, COOP_FAIR_WAGE)).containsExactly("INVALID_FIELD /claims/0/basis");
        ClaimReport producer = check(Fixture.base().set("/claims/1/producer", 5));
        assertThat(violations(producer, COOP_OWNED)).containsExactly("INVALID_FIELD /claims/1/producer");
    }

    @Test
    void aClaimsProducerMayBeTheOneThatCouldNotBeRead() {
        ClaimReport r = check(Fixture.base().set("/producers/0/type", "Company"));
        assertThat(violations(r, COOP_OWNED)).containsExactly("INVALID_FIELD /producers/0/type",
                "UNKNOWN_PRODUCER /claims/1/producer");
        assertThat(violations(r, ARTISAN_LED)).isEmpty(); // her producer was read
    }

    @Test
    void aDuplicateIdMakesTheClaimsAboutItViolated() {
        ClaimReport r = check(Fixture.base().set("/producers/1/id", "urn:uuid:c0000000-0000-4000-8000-000000000001"));
        assertThat(violations(r, COOP_OWNED)).contains("INVALID_FIELD /producers/1/id");
    }

    @Test
    void problemsElsewhereLeaveTheClaimsAlone() {
        ClaimReport r = check(Fixture.base().set("/product/name", " ").set("/id", "not a uri"));
        assertThat(r.valid()).isFalse();
        assertThat(r.claims()).hasSize(5).allMatch(ClaimResult::satisfied);
    }

    /**
     * Every leaf of the base record, removed or broken: whatever the reader or structural checks refuse
     * under a producer, an evidence entry or a claim leaves no claim that depends on it satisfied.
     */
    @Test
    void noClaimPassesOnAnyRejectedValueItDependsOn() throws Exception {
        List<String> leaves = new ArrayList<>();
        collect(Fixture.base().tree(), "", leaves);
        int broken = 0;
        for (String path : leaves) {
            for (boolean remove : new boolean[] {true, false}) {
                ObjectNode doc = Fixture.base().tree().deepCopy();
                JsonNode parent = doc.at(path.substring(0, path.lastIndexOf('/')));
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode o) {
                    if (remove) {
                        o.remove(last);
                    } else if (o.get(last).isInt()) {
                        o.put(last, -1);
                    } else {
                        o.put(last, "-1");
                    }
                } else if (parent instanceof ArrayNode a && !remove) {
                    a.set(Integer.parseInt(last), MAPPER.getNodeFactory().textNode("-1"));
                } else {
                    continue;
                }
                ClaimReport r = Selvedge.check(MAPPER.writeValueAsBytes(doc));
                if (r.record() == null) {
                    continue;
                }
                for (Violation problem : r.recordViolations()) {
                    if (problem.code() != ViolationCode.INVALID_FIELD) {
                        continue;
                    }
                    broken++;
                    for (ClaimResult c : r.claims()) {
                        if (dependsOn(doc, c, problem.path())) {
                            assertThat(c.status()).as("%s %s after breaking %s (%s)", c.claim().topic(), c.index(), path,
                                    problem).isEqualTo(ClaimStatus.VIOLATED);
                            assertThat(c.violations()).as("%s after breaking %s", c.claim().topic(), path)
                                    .anySatisfy(v -> assertThat(problem.path()).startsWith(v.path()));
                        }
                    }
                }
            }
        }
        assertThat(broken).isGreaterThan(60);
    }

    /** Whether claim {@code c} depends on the value at {@code problem}, by the rule these tests hold it to. */
    private static boolean dependsOn(ObjectNode doc, ClaimResult c, String problem) {
        if (problem.startsWith("/claims/" + c.index() + "/") || problem.equals("/claims/" + c.index())) {
            return true;
        }
        JsonNode producers = doc.get("producers");
        for (int k = 0; producers != null && k < producers.size(); k++) {
            if (c.claim().producer().equals(producers.get(k).path("id").asText(null))
                    && (problem.startsWith("/producers/" + k + "/") || problem.equals("/producers/" + k))) {
                return true;
            }
        }
        if (c.claim().topic() != org.selvedge.api.records.ClaimTopic.FAIR_WAGE) {
            return false;
        }
        JsonNode evidence = doc.get("wageEvidence");
        for (int j = 0; evidence != null && j < evidence.size(); j++) {
            String of = evidence.get(j).path("producer").asText(null);
            if ((of == null || !evidence.get(j).path("producer").isTextual() || of.equals(c.claim().producer()))
                    && (problem.startsWith("/wageEvidence/" + j + "/") || problem.equals("/wageEvidence/" + j))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path);
        }
    }
}
