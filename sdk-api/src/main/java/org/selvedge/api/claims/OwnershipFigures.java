package org.selvedge.api.claims;

import java.math.BigDecimal;

/**
 * The figures behind a women-owned or women-led verdict, to four decimals (HALF_EVEN).
 *
 * <pre>{@code
 * for (ClaimResult result : Selvedge.check(record).claims()) {
 *     if (result.figures() instanceof OwnershipFigures o) {
 *         // WOMEN_LED: ownership 0.8542, management 0.6667, board 0.7143 (41 of 48, 2 of 3, 5 of 7)
 *         System.out.println(result.claim().topic() + ": ownership " + o.womenOwnershipShare() + ", management "
 *                 + o.womenManagementShare() + ", board " + o.womenBoardShare());
 *     }
 * }
 * }</pre>
 *
 * @param womenOwnershipShare women's ownership share, or {@code null} when unknown
 * @param womenManagementShare women's share of management, or {@code null} (artisans, missing data)
 * @param womenBoardShare women's share of the board, or {@code null} when there is no board
 */
public record OwnershipFigures(BigDecimal womenOwnershipShare, BigDecimal womenManagementShare,
        BigDecimal womenBoardShare) implements ClaimFigures {}
