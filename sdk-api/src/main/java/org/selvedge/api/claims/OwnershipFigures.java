package org.selvedge.api.claims;

import java.math.BigDecimal;

/**
 * The figures behind a women-owned or women-led verdict, to four decimals (HALF_EVEN).
 *
 * @param womenOwnershipShare women's ownership share, or {@code null} when unknown
 * @param womenManagementShare women's share of management, or {@code null} (artisans, missing data)
 * @param womenBoardShare women's share of the board, or {@code null} when there is no board
 */
public record OwnershipFigures(BigDecimal womenOwnershipShare, BigDecimal womenManagementShare,
        BigDecimal womenBoardShare) implements ClaimFigures {}
