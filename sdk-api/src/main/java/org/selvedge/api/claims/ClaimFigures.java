package org.selvedge.api.claims;

/**
 * The numbers behind a verdict: {@link WageFigures} for a fair-wage claim, {@link OwnershipFigures}
 * for a women-owned or women-led claim.
 */
public sealed interface ClaimFigures permits WageFigures, OwnershipFigures {}
