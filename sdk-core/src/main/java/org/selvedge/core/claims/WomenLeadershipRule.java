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

    static Outcome judge(ClaimTopic topic, Producer producer, String producerPath) {
        List<Violation> v = new ArrayList<>();
        boolean owned = topic == ClaimTopic.WOMEN_OWNED;
        if (producer instanceof Artisan a) {
            String path = producerPath + "/gender";
            if (a.gender() == null) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, path,
                        "the artisan's gender is needed to judge a " + topic + " claim"));
                return new Outcome(v, new OwnershipFigures(null, null, null));
            }
            boolean woman = a.gender() == Gender.WOMAN;
            if (!woman) {
                v.add(new Violation(ViolationCode.OWNERSHIP_BELOW_THRESHOLD, path,
                        "an independent artisan's business is women-owned only when she is a woman"));
                v.add(new Violation(ViolationCode.MANAGEMENT_NOT_WOMEN_LED, path,
                        "an independent artisan's business is women-led only when she is a woman"));
            }
            BigDecimal share = woman ? BigDecimal.ONE : BigDecimal.ZERO;
            return new Outcome(v, new OwnershipFigures(share, share, null));
        }
        Cooperative c = (Cooperative) producer;

        // Ownership: the explicit share, else members own the cooperative.
        BigDecimal share = null;
        String sharePath;
        boolean below;
        if (c.ownership() != null && c.ownership().womenShare() != null) {
            share = c.ownership().womenShare();
            sharePath = producerPath + "/ownership/womenShare";
            below = owned ? share.compareTo(HALF) <= 0 : share.compareTo(QUARTER) < 0;
        } else {
            sharePath = producerPath + "/members";
            Headcount m = c.members();
            if (!complete(m) || m.total() <= 0) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, sharePath,
                        "women's ownership share needs ownership.womenShare or members {total > 0, women}"));
                below = false;
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
            v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance",
                    "governance (management and legal signatory) is needed to judge a " + topic + " claim"));
        } else {
            Headcount mgmt = g.management();
            if (!complete(mgmt)) {
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
            if (board != null) {
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
            if (g.legalSignatory() == null || g.legalSignatory().gender() == null) {
                v.add(new Violation(ViolationCode.MISSING_GOVERNANCE_DATA, producerPath + "/governance/legalSignatory",
                        "the legal signatory's gender is needed to judge a " + topic + " claim"));
            } else if (g.legalSignatory().gender() != Gender.WOMAN) {
                v.add(new Violation(ViolationCode.SIGNATORY_NOT_WOMAN, producerPath + "/governance/legalSignatory",
                        "the legal signatory is not a woman"));
            }
        }
        return new Outcome(v, new OwnershipFigures(share == null ? null : share.setScale(4, RoundingMode.HALF_EVEN), managementShare, boardShare));
    }

    private static boolean complete(Headcount h) {
        return h != null && h.total() != null && h.women() != null && h.total() >= 0 && h.women() >= 0;
    }

    private static BigDecimal ratio(Headcount h) {
        return BigDecimal.valueOf(h.women()).divide(BigDecimal.valueOf(h.total()), 4, RoundingMode.HALF_EVEN);
    }
}
