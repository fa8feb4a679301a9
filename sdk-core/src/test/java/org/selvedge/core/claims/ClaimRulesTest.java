package org.selvedge.core.claims;

import static org.selvedge.core.testing.Fixture.ARTISAN_FAIR_WAGE;
import static org.selvedge.core.testing.Fixture.ARTISAN_LED;
import static org.selvedge.core.testing.Fixture.COOP_FAIR_WAGE;
import static org.selvedge.core.testing.Fixture.COOP_LED;
import static org.selvedge.core.testing.Fixture.COOP_OWNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
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

/**
 * Every violation code of the design document: one edit of the valid base record that triggers it,
 * and a near miss that does not.
 */
class ClaimRulesTest {
    static ClaimReport check(Fixture f) {
        return f.check();
    }

    static List<ViolationCode> codes(ClaimReport r, int claim) {
        return r.claims().get(claim).violations().stream().map(Violation::code).toList();
    }

    static List<String> paths(ClaimReport r, int claim) {
        return r.claims().get(claim).violations().stream().map(Violation::path).toList();
    }

    static List<ViolationCode> recordCodes(ClaimReport r) {
        return r.recordViolations().stream().map(Violation::code).toList();
    }

    @Test
    void baseRecordSatisfiesEveryClaim() {
        ClaimReport r = check(Fixture.base());
        assertThat(r.allViolations()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.claims()).hasSize(5).allMatch(c -> c.status() == ClaimStatus.SATISFIED);
        WageFigures w = (WageFigures) r.claims().get(COOP_FAIR_WAGE).figures();
        assertThat(w.effectiveHourly()).isEqualByComparingTo("125.00");
        assertThat(w.benchmarkHourly()).isEqualByComparingTo("100.00");
        assertThat(w.payGap()).isEqualByComparingTo("0.04");
        assertThat(w.currency()).isEqualTo("KES");
    }

    @Nested
    class FairWage {
        @Test
        void belowLivingWage_andTheNearMissAtExactlyTheLivingWage() {
            // (500 − 100) × 60 / 240 = 100.00 exactly: equal is not below.
            ClaimReport atWage = check(Fixture.base().set("/wageEvidence/0/pay/amount", "500.00"));
            assertThat(atWage.claims().get(COOP_FAIR_WAGE).status()).isEqualTo(ClaimStatus.SATISFIED);

            ClaimReport below = check(Fixture.base().set("/wageEvidence/0/pay/amount", "499.99"));
            assertThat(codes(below, COOP_FAIR_WAGE)).containsExactly(ViolationCode.BELOW_LIVING_WAGE);
            assertThat(paths(below, COOP_FAIR_WAGE)).containsExactly("/wageEvidence/0/pay");
            assertThat(((WageFigures) below.claims().get(COOP_FAIR_WAGE).figures()).effectiveHourly())
                    .isEqualByComparingTo("100.00"); // 99.9975 shown HALF_EVEN, yet judged exactly
        }

        @Test
        void belowLegalMinimum_onlyForALegalMinimumClaim() {
            // 79.99 KES/h < 80 legal minimum; the claim basis is LEGAL_MINIMUM, so no living-wage check.
            Fixture f = Fixture.base().set("/claims/0/basis", "LEGAL_MINIMUM")
                    .set("/wageEvidence/0/pay/amount", "419.96"); // (419.96−100)×60/240 = 79.99
            ClaimReport r = check(f);
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.BELOW_LEGAL_MINIMUM);

            ClaimReport nearMiss = check(f.set("/wageEvidence/0/pay/amount", "420.00")); // exactly 80.00
            assertThat(codes(nearMiss, COOP_FAIR_WAGE)).isEmpty();
        }

        @Test
        void aLivingWageClaimAlsoNeedsTheLegalMinimum() {
            ClaimReport r = check(Fixture.base().set("/wageEvidence/0/pay/amount", "300.00")); // 50/h
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactlyInAnyOrder(
                    ViolationCode.BELOW_LEGAL_MINIMUM, ViolationCode.BELOW_LIVING_WAGE);
        }

        @Test
        void noWageEvidence() {
            ClaimReport r = check(Fixture.base().remove("/wageEvidence/0"));
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.NO_WAGE_EVIDENCE);
            assertThat(paths(r, COOP_FAIR_WAGE)).containsExactly("/claims/0");
            assertThat(codes(r, ARTISAN_FAIR_WAGE)).isEmpty();
        }

        @Test
        void noBenchmark_whenTheYearDoesNotMatch_andTheNearMissOnDecember31() {
            ClaimReport r = check(Fixture.base().set("/wageEvidence/0/period/to", "2027-01-01"));
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.NO_BENCHMARK, ViolationCode.NO_BENCHMARK);
            ClaimReport ok = check(Fixture.base().set("/wageEvidence/0/period/to", "2026-12-31"));
            assertThat(codes(ok, COOP_FAIR_WAGE)).isEmpty();
        }

        @Test
        void noBenchmark_whenALivingWageClaimHasOnlyTheLegalMinimum() {
            Fixture f = Fixture.base().remove("/benchmarks/2").remove("/benchmarks/1");
            ClaimReport r = check(f);
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.NO_BENCHMARK);
            // A legal-minimum claim needs only the legal minimum.
            assertThat(codes(check(f.set("/claims/0/basis", "LEGAL_MINIMUM")), COOP_FAIR_WAGE)).isEmpty();
        }

        @Test
        void theMostSpecificBenchmarkWins() {
            // Raise the country-wide living wage above the pay: the region's figure still applies.
            Fixture f = Fixture.base().set("/benchmarks/2/pay/amount", "6000.00"); // 150/h for KE
            assertThat(codes(check(f), COOP_FAIR_WAGE)).isEmpty();
            // The artisan has no region, so the country-wide figure applies to her.
            assertThat(codes(check(f), ARTISAN_FAIR_WAGE)).containsExactly(ViolationCode.BELOW_LIVING_WAGE);
        }

        @Test
        void currencyMismatch_andTheNearMissWhereASameCurrencyBenchmarkExists() {
            Fixture f = Fixture.base().set("/benchmarks/1/currency", "USD");
            ClaimReport r = check(f);
            assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.CURRENCY_MISMATCH);
            assertThat(paths(r, COOP_FAIR_WAGE)).containsExactly("/wageEvidence/0/currency");
            // A second regional figure in KES at the same specificity resolves it.
            f.setJson("/benchmarks/3", "{\"kind\":\"LIVING_WAGE\",\"region\":\"KE-14\",\"year\":2026,"
                    + "\"currency\":\"KES\",\"pay\":{\"basis\":\"HOURLY\",\"amount\":\"100.00\"},\"source\":\"t\"}");
            assertThat(codes(check(f), COOP_FAIR_WAGE)).isEmpty();
        }

        @Test
        void equallySpecificBenchmarks_theHighestApplies_whateverTheirOrder() {
            // Two KE-14 living wages in KES, 100.00 (the base's) and 130.00: the coop's 125.00/h is below one.
            String higher = "{\"kind\":\"LIVING_WAGE\",\"region\":\"KE-14\",\"year\":2026,\"currency\":\"KES\","
                    + "\"pay\":{\"basis\":\"HOURLY\",\"amount\":\"130.00\"},\"source\":\"t\"}";
            Fixture after = Fixture.base().setJson("/benchmarks/3", higher);
            Fixture before = Fixture.base().setJson("/benchmarks/3", Fixture.base().tree().at("/benchmarks/1").toString())
                    .setJson("/benchmarks/1", higher);
            for (Fixture f : List.of(after, before)) {
                ClaimReport r = check(f);
                assertThat(codes(r, COOP_FAIR_WAGE)).containsExactly(ViolationCode.BELOW_LIVING_WAGE);
                assertThat(((WageFigures) r.claims().get(COOP_FAIR_WAGE).figures()).benchmarkHourly())
                        .isEqualByComparingTo("130.00");
            }
            // The near miss: a second figure below the pay changes nothing.
            ClaimReport lower = check(Fixture.base().setJson("/benchmarks/3", higher.replace("130.00", "120.00")));
            assertThat(codes(lower, COOP_FAIR_WAGE)).isEmpty();
            assertThat(((WageFigures) lower.claims().get(COOP_FAIR_WAGE).figures()).benchmarkHourly())
                    .isEqualByComparingTo("120.00");
        }

        @Test
        void genderPayGap_aboveTheDefaultTolerance_andExactlyAtIt() {
            // (125 − 118.75) / 125 = 0.05 exactly: not above.
            ClaimReport at = check(Fixture.base().set("/wageEvidence/0/genderPay/womenHourly", "118.75"));
            assertThat(codes(at, COOP_FAIR_WAGE)).isEmpty();
            ClaimReport over = check(Fixture.base().set("/wageEvidence/0/genderPay/womenHourly", "118.74"));
            assertThat(codes(over, COOP_FAIR_WAGE)).containsExactly(ViolationCode.GENDER_PAY_GAP);
            assertThat(paths(over, COOP_FAIR_WAGE)).containsExactly("/wageEvidence/0/genderPay");
        }

        @Test
        void genderPayGap_toleranceIsSettable() {
            byte[] json = Fixture.base().bytes(); // gap 0.04
            assertThat(codes(Selvedge.checker().withPayGapTolerance(new BigDecimal("0.03")).check(json), COOP_FAIR_WAGE))
                    .containsExactly(ViolationCode.GENDER_PAY_GAP);
            assertThat(codes(Selvedge.checker().withPayGapTolerance(new BigDecimal("0.04")).check(json), COOP_FAIR_WAGE))
                    .isEmpty();
        }

        @Test
        void everyPayBasisIsConverted() {
            assertThat(effective(Fixture.base().setJson("/wageEvidence/1/pay",
                    "{\"basis\":\"DAILY\",\"amount\":\"880.00\",\"hoursPerDay\":\"8\"}"))).isEqualByComparingTo("110.00");
            assertThat(effective(Fixture.base().setJson("/wageEvidence/1/pay",
                    "{\"basis\":\"WEEKLY\",\"amount\":\"4400.00\",\"hoursPerWeek\":\"40\"}"))).isEqualByComparingTo("110.00");
            assertThat(effective(Fixture.base().setJson("/wageEvidence/1/pay",
                    "{\"basis\":\"MONTHLY\",\"amount\":\"19800.00\",\"hoursPerMonth\":\"180\"}"))).isEqualByComparingTo("110.00");
            assertThat(effective(Fixture.base().setJson("/wageEvidence/1/pay",
                    "{\"basis\":\"PIECE\",\"amount\":\"55.00\",\"minutesPerUnit\":\"30\"}"))).isEqualByComparingTo("110.00");
        }

        private BigDecimal effective(Fixture f) {
            return ((WageFigures) check(f).claims().get(ARTISAN_FAIR_WAGE).figures()).effectiveHourly();
        }
    }

    @Nested
    class WomenOwnedAndLed {
        @Test
        void ownershipExactlyHalfFailsWomenOwned_justAbovePasses() {
            Fixture f = Fixture.base().set("/producers/0/members/women", 20); // 20/40 = 0.5
            ClaimReport r = check(f);
            assertThat(codes(r, COOP_OWNED)).containsExactly(ViolationCode.OWNERSHIP_BELOW_THRESHOLD);
            assertThat(paths(r, COOP_OWNED)).containsExactly("/producers/0/members");
            assertThat(codes(r, COOP_LED)).isEmpty();
            assertThat(codes(check(f.set("/producers/0/members/women", 21)), COOP_OWNED)).isEmpty();
        }

        @Test
        void explicitOwnershipShareTakesPrecedenceOverMembers() {
            Fixture f = Fixture.base().setJson("/producers/0/ownership", "{\"womenShare\":\"0.5\"}");
            ClaimReport r = check(f);
            assertThat(codes(r, COOP_OWNED)).containsExactly(ViolationCode.OWNERSHIP_BELOW_THRESHOLD);
            assertThat(paths(r, COOP_OWNED)).containsExactly("/producers/0/ownership/womenShare");
            assertThat(((OwnershipFigures) r.claims().get(COOP_OWNED).figures()).womenOwnershipShare())
                    .isEqualByComparingTo("0.5");
        }

        @Test
        void shareExactlyAQuarterSatisfiesWomenLed_justBelowFails() {
            ClaimReport quarter = check(Fixture.base().setJson("/producers/0/ownership", "{\"womenShare\":\"0.25\"}"));
            assertThat(codes(quarter, COOP_LED)).isEmpty();
            ClaimReport below = check(Fixture.base().set("/producers/0/members/women", 9)); // 9/40 = 0.225
            assertThat(codes(below, COOP_LED)).containsExactly(ViolationCode.OWNERSHIP_BELOW_THRESHOLD);
        }

        @Test
        void managementHalfWomenIsNotWomenLed() {
            ClaimReport r = check(Fixture.base().set("/producers/0/governance/management/women", 2)); // 2 of 4
            assertThat(codes(r, COOP_OWNED)).containsExactly(ViolationCode.MANAGEMENT_NOT_WOMEN_LED);
            assertThat(codes(r, COOP_LED)).containsExactly(ViolationCode.MANAGEMENT_NOT_WOMEN_LED);
            assertThat(paths(r, COOP_LED)).containsExactly("/producers/0/governance/management");
        }

        @Test
        void boardAtExactlyOneThirdPasses_belowFails_andOnlyForWomenLed() {
            ClaimReport third = check(Fixture.base().set("/producers/0/governance/board/women", 2)); // 2 of 6
            assertThat(codes(third, COOP_LED)).isEmpty();
            ClaimReport below = check(Fixture.base().set("/producers/0/governance/board/women", 1));
            assertThat(codes(below, COOP_LED)).containsExactly(ViolationCode.BOARD_BELOW_ONE_THIRD);
            assertThat(paths(below, COOP_LED)).containsExactly("/producers/0/governance/board");
            assertThat(codes(below, COOP_OWNED)).isEmpty();
        }

        @Test
        void noBoardIsNotAViolation() {
            assertThat(codes(check(Fixture.base().remove("/producers/0/governance/board")), COOP_LED)).isEmpty();
        }

        @Test
        void signatoryNotWoman() {
            ClaimReport r = check(Fixture.base().set("/producers/0/governance/legalSignatory/gender", "undisclosed"));
            assertThat(codes(r, COOP_OWNED)).containsExactly(ViolationCode.SIGNATORY_NOT_WOMAN);
            assertThat(codes(r, COOP_LED)).containsExactly(ViolationCode.SIGNATORY_NOT_WOMAN);
        }

        @Test
        void missingGovernanceData_isNeverAPass() {
            ClaimReport r = check(Fixture.base().remove("/producers/0/governance/management"));
            assertThat(codes(r, COOP_LED)).containsExactly(ViolationCode.MISSING_GOVERNANCE_DATA);
            assertThat(recordCodes(r)).containsExactly(ViolationCode.INVALID_FIELD); // management is required
            ClaimReport noGovernance = check(Fixture.base().remove("/producers/0/governance"));
            assertThat(codes(noGovernance, COOP_OWNED)).containsExactly(ViolationCode.MISSING_GOVERNANCE_DATA);
        }

        @Test
        void anArtisanIsJudgedByHerGender_everyGovernanceCheckBecomesThatTest() {
            // A WOMEN_OWNED claim about the artisan beside the base's WOMEN_LED one.
            Fixture man = Fixture.base().set("/producers/1/gender", "man")
                    .setJson("/claims/5", "{\"topic\":\"WOMEN_OWNED\",\"producer\":\"urn:uuid:a0000000-0000-4000-8000-000000000002\"}");
            ClaimReport r = check(man);
            for (int claim : new int[] {ARTISAN_LED, 5}) {
                assertThat(codes(r, claim)).containsExactly(ViolationCode.OWNERSHIP_BELOW_THRESHOLD,
                        ViolationCode.MANAGEMENT_NOT_WOMEN_LED, ViolationCode.SIGNATORY_NOT_WOMAN);
                assertThat(paths(r, claim)).containsOnly("/producers/1/gender");
            }
            assertThat(r.claims().get(ARTISAN_LED).violations()).noneMatch(v -> v.message().contains("women-owned"));
            for (String g : new String[] {"nonbinary", "undisclosed"}) {
                assertThat(codes(check(Fixture.base().set("/producers/1/gender", g)), ARTISAN_LED)).hasSize(3);
            }
            // The near miss: a woman artisan passes both, with a share of 1.
            Fixture woman = Fixture.base().setJson("/claims/5",
                    "{\"topic\":\"WOMEN_OWNED\",\"producer\":\"urn:uuid:a0000000-0000-4000-8000-000000000002\"}");
            ClaimReport ok = check(woman);
            assertThat(codes(ok, ARTISAN_LED)).isEmpty();
            assertThat(codes(ok, 5)).isEmpty();
            assertThat(((OwnershipFigures) ok.claims().get(5).figures()).womenOwnershipShare()).isEqualByComparingTo("1");
        }

        @Test
        void aBasisOnAWomenClaimIsAnInvalidField_onAFairWageClaimItIsNot() {
            ClaimReport r = check(Fixture.base().set("/claims/2/basis", "LIVING_WAGE"));
            assertThat(recordCodes(r)).containsExactly(ViolationCode.INVALID_FIELD);
            assertThat(r.recordViolations().get(0).path()).isEqualTo("/claims/2/basis");
            assertThat(codes(r, COOP_LED)).containsExactly(ViolationCode.INVALID_FIELD);
            assertThat(recordCodes(check(Fixture.base().set("/claims/3/basis", "LIVING_WAGE")))).isEmpty();
        }
    }

    @Nested
    class RecordWide {
        @Test
        void unknownProducerInAClaim() {
            ClaimReport r = check(Fixture.base().set("/claims/1/producer", "urn:uuid:nobody"));
            assertThat(recordCodes(r)).containsExactly(ViolationCode.UNKNOWN_PRODUCER);
            assertThat(r.recordViolations().get(0).path()).isEqualTo("/claims/1/producer");
            assertThat(r.claims().get(COOP_OWNED).status()).isEqualTo(ClaimStatus.VIOLATED);
        }

        @Test
        void unknownProducerInEvidence() {
            ClaimReport r = check(Fixture.base().set("/wageEvidence/1/producer", "urn:uuid:nobody"));
            assertThat(recordCodes(r)).containsExactly(ViolationCode.UNKNOWN_PRODUCER);
            assertThat(r.recordViolations().get(0).path()).isEqualTo("/wageEvidence/1/producer");
            assertThat(codes(r, ARTISAN_FAIR_WAGE)).containsExactly(ViolationCode.NO_WAGE_EVIDENCE);
        }

        @Test
        void revenueSharesExceedTotal_andExactlyOneIsFine() {
            ClaimReport r = check(Fixture.base().set("/producers/1/revenueShare", "0.41"));
            assertThat(recordCodes(r)).containsExactly(ViolationCode.REVENUE_SHARES_EXCEED_TOTAL);
            assertThat(r.valid()).isFalse();
            assertThat(recordCodes(check(Fixture.base()))).isEmpty(); // 0.60 + 0.40 = 1
        }

        @Test
        void invalidFields_eachWithItsPath() {
            assertInvalid(Fixture.base().set("/producers/0/members/women", 41), "/producers/0/members/women");
            assertInvalid(Fixture.base().set("/producers/0/members/total", -1), "/producers/0/members/total");
            assertInvalid(Fixture.base().set("/wageEvidence/0/period/from", "2026-07-01"), "/wageEvidence/0/period/from");
            assertInvalid(Fixture.base().set("/wageEvidence/0/currency", "kes"), "/wageEvidence/0/currency");
            assertInvalid(Fixture.base().set("/wageEvidence/0/period/to", "2026-02-30"), "/wageEvidence/0/period/to");
            assertInvalid(Fixture.base().remove("/producers/0/name"), "/producers/0/name");
            assertInvalid(Fixture.base().remove("/product/originCountry"), "/product/originCountry");
            assertInvalid(Fixture.base().set("/producers/1/id", "urn:uuid:c0000000-0000-4000-8000-000000000001"),
                    "/producers/1/id");
            assertInvalid(Fixture.base().setJson("/benchmarks/1/pay",
                    "{\"basis\":\"PIECE\",\"amount\":\"10\",\"minutesPerUnit\":\"6\"}"), "/benchmarks/1/pay/basis");
            assertInvalid(Fixture.base().set("/wageEvidence/1/pay/amount", 110), "/wageEvidence/1/pay/amount");
            assertInvalid(Fixture.base().set("/wageEvidence/0/pay/minutesPerUnit", "0"), "/wageEvidence/0/pay/minutesPerUnit");
            assertInvalid(Fixture.base().set("/producers/0/revenueShare", "1.5"), "/producers/0/revenueShare");
            assertInvalid(Fixture.base().set("/produkt", "typo"), "/produkt");
            assertInvalid(Fixture.base().set("/claims/0/topic", "FAIR_TRADE"), "/claims/0/topic");
        }

        @Test
        void aProducersRegionIsASubdivisionOfItsCountry_benchmarksMayBeCountryWide() {
            assertInvalid(Fixture.base().set("/producers/0/region", "TZ-01"), "/producers/0/region");
            assertInvalid(Fixture.base().set("/producers/0/region", "KE"), "/producers/0/region");
            assertInvalid(Fixture.base().set("/producers/1/region", "UG-C"), "/producers/1/region");
            ClaimReport mismatch = check(Fixture.base().set("/producers/0/region", "TZ-01"));
            assertThat(mismatch.recordViolations()).filteredOn(v -> v.path().equals("/producers/0/region"))
                    .singleElement().satisfies(v -> assertThat(v.message()).contains("not in the producer's country KE"));
            // Near misses: another subdivision of the same country, and the country-wide benchmark "KE".
            assertThat(recordCodes(check(Fixture.base().set("/producers/0/region", "KE-30")))).isEmpty();
            assertThat(recordCodes(check(Fixture.base().set("/producers/1/region", "KE-110")))).isEmpty();
            assertThat(Fixture.base().tree().at("/benchmarks/0/region").textValue()).isEqualTo("KE");
            assertThat(recordCodes(check(Fixture.base()))).isEmpty();
        }

        @Test
        void extensionsAreTheOnePlaceForAdditions() {
            ClaimReport r = check(Fixture.base().setJson("/extensions", "{\"anything\":{\"nested\":[1,2.5,\"x\",null]}}"));
            assertThat(r.valid()).isTrue();
        }

        private void assertInvalid(Fixture f, String path) {
            ClaimReport r = check(f);
            assertThat(r.valid()).as(path).isFalse();
            assertThat(r.recordViolations()).as(path)
                    .anySatisfy(v -> {
                        assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FIELD);
                        assertThat(v.path()).isEqualTo(path);
                    });
        }
    }

    /** For each code: the smallest edit that triggers it, beside one just as small that must not. */
    @Nested
    class NearMisses {
        @Test
        void missingGovernanceData_noMembersToShare_butAnExplicitShareIsEnough() {
            Fixture noMembers = Fixture.base().setJson("/producers/0/members", "{\"total\":0,\"women\":0}");
            ClaimReport missing = check(noMembers);
            assertThat(codes(missing, COOP_OWNED)).containsExactly(ViolationCode.MISSING_GOVERNANCE_DATA);
            assertThat(paths(missing, COOP_OWNED)).containsExactly("/producers/0/members");
            assertThat(recordCodes(missing)).isEmpty(); // zero members is valid data, just not enough for a share
            ClaimReport explicit = check(noMembers.setJson("/producers/0/ownership", "{\"womenShare\":\"0.8\"}"));
            assertThat(codes(explicit, COOP_OWNED)).isEmpty();
        }

        @Test
        void missingGovernanceData_anIncompleteBoardForWomenLed_butNotForWomenOwned_norWithoutABoard() {
            ClaimReport incomplete = check(Fixture.base().setJson("/producers/0/governance/board", "{\"total\":6}"));
            assertThat(codes(incomplete, COOP_LED)).containsExactly(ViolationCode.MISSING_GOVERNANCE_DATA);
            assertThat(codes(incomplete, COOP_FAIR_WAGE)).containsExactly(ViolationCode.INVALID_FIELD);
            assertThat(codes(check(Fixture.base().remove("/producers/0/governance/board")), COOP_LED)).isEmpty();
        }

        @Test
        void unknownProducer_anIdDifferingOnlyInCase_butTheOtherProducersIdIsKnown() {
            ClaimReport unknown = check(Fixture.base().set("/claims/1/producer", "URN:uuid:c0000000-0000-4000-8000-000000000001"));
            assertThat(recordCodes(unknown)).containsExactly(ViolationCode.UNKNOWN_PRODUCER);
            assertThat(codes(unknown, COOP_OWNED)).containsExactly(ViolationCode.UNKNOWN_PRODUCER);
            ClaimReport other = check(Fixture.base().set("/claims/1/producer", "urn:uuid:a0000000-0000-4000-8000-000000000002"));
            assertThat(recordCodes(other)).isEmpty();
            assertThat(codes(other, COOP_OWNED)).doesNotContain(ViolationCode.UNKNOWN_PRODUCER);
        }

        @Test
        void signatoryNotWoman_forAMan_butNotForAWoman() {
            ClaimReport man = check(Fixture.base().set("/producers/0/governance/legalSignatory/gender", "man"));
            assertThat(codes(man, COOP_LED)).containsExactly(ViolationCode.SIGNATORY_NOT_WOMAN);
            assertThat(paths(man, COOP_LED)).containsExactly("/producers/0/governance/legalSignatory");
            ClaimReport woman = check(Fixture.base().set("/producers/0/governance/legalSignatory/gender", "woman"));
            assertThat(codes(woman, COOP_LED)).isEmpty();
            assertThat(codes(woman, COOP_OWNED)).isEmpty();
        }

        @Test
        void invalidField_eachBoundaryFromItsValidSide() {
            assertValid(Fixture.base().set("/wageEvidence/0/period/to", "2026-02-28"));
            assertInvalidAt(Fixture.base().set("/wageEvidence/0/period/to", "2026-02-29"), "/wageEvidence/0/period/to");
            assertValid(Fixture.base().set("/producers/0/foundedYear", 1000));
            assertInvalidAt(Fixture.base().set("/producers/0/foundedYear", 999), "/producers/0/foundedYear");
            assertValid(Fixture.base().remove("/producers/1/revenueShare").set("/producers/0/revenueShare", "1"));
            assertInvalidAt(Fixture.base().remove("/producers/1/revenueShare").set("/producers/0/revenueShare", "1.0001"),
                    "/producers/0/revenueShare");
            assertValid(Fixture.base().set("/wageEvidence/1/pay/amount", "110"));
            assertInvalidAt(Fixture.base().set("/wageEvidence/1/pay/amount", "110."), "/wageEvidence/1/pay/amount");
            assertValid(Fixture.base().setJson("/wageEvidence/1/workers", "{\"total\":1,\"women\":1}"));
            assertInvalidAt(Fixture.base().setJson("/wageEvidence/1/workers", "{\"total\":1,\"women\":2}"),
                    "/wageEvidence/1/workers/women");
            assertValid(Fixture.base().set("/wageEvidence/0/pay/minutesPerUnit", "0.5"));
            assertInvalidAt(Fixture.base().set("/wageEvidence/0/pay/minutesPerUnit", "0"), "/wageEvidence/0/pay/minutesPerUnit");
        }

        private void assertValid(Fixture f) {
            ClaimReport r = check(f);
            assertThat(r.recordViolations()).isEmpty();
        }

        private void assertInvalidAt(Fixture f, String path) {
            assertThat(check(f).recordViolations()).extracting(v -> v.code() + " " + v.path())
                    .contains("INVALID_FIELD " + path);
        }
    }

    @Test
    void aClaimResultIsSatisfiedExactlyWhenItHasNoViolations() {
        for (ClaimResult c : check(Fixture.base().set("/producers/0/members/women", 5)).claims()) {
            assertThat(c.satisfied()).isEqualTo(c.violations().isEmpty());
        }
    }
}
