package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.claims.OwnershipFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Gender;
import org.selvedge.api.records.Governance;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.Producer;

/**
 * {@code WOMEN_OWNED} and {@code WOMEN_LED} after ISO IWA 34:2021. Owned: women's share above one
 * half, women more than half of management, a woman legal signatory. Led: share at least one
 * quarter, women more than half of management, at least a third of the board where there is one,
 * a woman legal signatory. Every threshold is compared exactly, in integers where counts allow.
 */
final class WomenLeadershipRule {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private WomenLeadershipRule() {}

    record Outcome(List<Violation> violations, OwnershipFigures figures) {}

    /**
     * Judges {@code producer} (at {@code producerPath}). Governance data with a reader or structural
     * problem is not used: an invalid ownership share does not fall back to the members, and 5 women
     * managers of 3 are not "166.7%". The caller reports those problems as the claim's
     * MISSING_GOVERNANCE_DATA, so here they are only skipped.
     */
    static Outcome judge(ClaimTopic topic, Producer producer, String producerPath, Problems problems) {
        List<Violation> v = new ArrayList<>();
        boolean owned = topic == ClaimTopic.WOMEN_OWNED;
        if (producer instanceof Artisan a) {
            String path = producerPath + "/gender";
            if (invalid(problems, path, "")) {
                return new Outcome(v, new OwnershipFigures(null, null, null)); // unknown
            }
            if (a.gender() == null) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, path,
                        "the artisan's gender is needed to judge a " + topic + " claim"));
                return new Outcome(v, new OwnershipFigures(null, null, null));
            }
            // The design document: the share is 1 for a woman, else 0, and the governance checks are replaced
            // by the same gender test. The artisan is the management and the signatory (there is no board),
            // so a claim about a man, a nonbinary or an undisclosed artisan fails all three, at the gender.
            boolean woman = a.gender() == Gender.WOMAN;
            if (!woman) {
                String is = " (the artisan's gender is " + a.gender().wireName() + ")";
                v.add(new Violation(ViolationCode.OWNERSHIP_BELOW_THRESHOLD, path,
                        "an independent artisan owns the business alone: women's ownership share is 1 only when the"
                                + " artisan is a woman, here 0" + is));
                v.add(new Violation(ViolationCode.MANAGEMENT_NOT_WOMEN_LED, path,
                        "an independent artisan manages the business alone: its management is women-led only when"
                                + " the artisan is a woman" + is));
                v.add(new Violation(ViolationCode.SIGNATORY_NOT_WOMAN, path,
                        "an independent artisan signs for the business: its legal signatory is a woman only when the"
                                + " artisan is one" + is));
            }
            BigDecimal share = woman ? BigDecimal.ONE : BigDecimal.ZERO;
            return new Outcome(v, new OwnershipFigures(share, share, null));
        }
        Cooperative c = (Cooperative) producer;

        // Ownership: the explicit share, else members own the cooperative.
        BigDecimal share = null;
        String sharePath;
        boolean below = false;
        if (c.ownership() != null) {
            sharePath = producerPath + "/ownership/womenShare";
            if (invalid(problems, producerPath, "/ownership")) {
                // unknown: an invalid share never falls back to the members
            } else if (c.ownership().womenShare() == null) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, sharePath,
                        "ownership is given without womenShare, which a " + topic + " claim needs"));
            } else {
                share = c.ownership().womenShare();
                below = owned ? share.compareTo(HALF) <= 0 : share.compareTo(QUARTER) < 0;
            }
        } else {
            sharePath = producerPath + "/members";
            Headcount m = c.members();
            if (invalid(problems, sharePath, "")) {
                // unknown
            } else if (!complete(m) || m.total() <= 0) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, sharePath,
                        "women's ownership share needs ownership.womenShare or members {total > 0, women}"));
            } else {
                share = ratio(m);
                // women/total ≤ 1/2  <=>  2·women ≤ total;   women/total < 1/4  <=>  4·women < total
                below = owned ? 2L * m.women() <= m.total() : 4L * m.women() < m.total();
            }
        }
        if (share != null && below) {
            v.add(new Violation(ViolationCode.OWNERSHIP_BELOW_THRESHOLD, sharePath,
                    "women's ownership share " + share.stripTrailingZeros().toPlainString() + " is "
                            + (owned ? "not above one half" : "below one quarter")));
        }

        Governance g = c.governance();
        BigDecimal managementShare = null;
        BigDecimal boardShare = null;
        if (g == null) {
            if (!invalid(problems, producerPath, "/governance")) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance",
                        "governance (management and legal signatory) is needed to judge a " + topic + " claim"));
            }
        } else {
            Headcount mgmt = g.management();
            if (invalid(problems, producerPath, "/governance/management")) {
                // unknown
            } else if (!complete(mgmt)) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance/management",
                        "management {total, women} is needed to judge a " + topic + " claim"));
            } else {
                managementShare = mgmt.total() > 0 ? ratio(mgmt) : null;
                if (2L * mgmt.women() <= mgmt.total()) {
                    v.add(new Violation(ViolationCode.MANAGEMENT_NOT_WOMEN_LED, producerPath + "/governance/management",
                            mgmt.women() + " of " + mgmt.total() + " managers are women: not more than half"));
                }
            }
            Headcount board = g.board();
            if (board != null && !invalid(problems, producerPath, "/governance/board")) {
                if (!complete(board)) {
                    if (!owned) {
                        v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance/board",
                                "the board needs {total, women} to judge a WOMEN_LED claim"));
                    }
                } else {
                    boardShare = board.total() > 0 ? ratio(board) : null;
                    // women/total < 1/3  <=>  3·women < total
                    if (!owned && 3L * board.women() < board.total()) {
                        v.add(new Violation(ViolationCode.BOARD_BELOW_ONE_THIRD, producerPath + "/governance/board",
                                board.women() + " of " + board.total() + " board members are women: less than one third"));
                    }
                }
            }
            if (invalid(problems, producerPath, "/governance/legalSignatory")) {
                // unknown
            } else if (g.legalSignatory() == null || g.legalSignatory().gender() == null) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance/legalSignatory",
                        "the legal signatory's gender is needed to judge a " + topic + " claim"));
            } else if (g.legalSignatory().gender() != Gender.WOMAN) {
                v.add(new Violation(ViolationCode.SIGNATORY_NOT_WOMAN, producerPath + "/governance/legalSignatory",
                        "the legal signatory is not a woman"));
            }
        }
        return new Outcome(v, new OwnershipFigures(share == null ? null : share.setScale(4, RoundingMode.HALF_EVEN), managementShare, boardShare));
    }

    /** Whether a problem lies at or under {@code base + part}; the path is built only when there are problems. */
    private static boolean invalid(Problems problems, String base, String part) {
        return !problems.isEmpty() && problems.atOrUnder(base + part);
    }

    /** Both counts present, not negative, and the women among the total (never 5 women of 3). */
    private static boolean complete(Headcount h) {
        return h != null && h.total() != null && h.women() != null && h.total() >= 0 && h.women() >= 0
                && h.women() <= h.total();
    }

    private static BigDecimal ratio(Headcount h) {
        return BigDecimal.valueOf(h.women()).divide(BigDecimal.valueOf(h.total()), 4, RoundingMode.HALF_EVEN);
    }
}
