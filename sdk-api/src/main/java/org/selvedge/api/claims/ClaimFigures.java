package org.selvedge.api.claims;

/**
 * The numbers behind a verdict: {@link WageFigures} for a fair-wage claim, {@link OwnershipFigures}
 * for a women-owned or women-led claim.
 *
 * <pre>{@code
 * ClaimFigures figures = Selvedge.check(record).claims().get(0).figures();   // null when none could be computed
 * if (figures instanceof WageFigures w) {
 *     System.out.println(w.effectiveHourly() + " " + w.currency() + "/h against " + w.benchmarkHourly());
 * } else if (figures instanceof OwnershipFigures o) {
 *     System.out.println("women own " + o.womenOwnershipShare() + ", manage " + o.womenManagementShare());
 * }
 * }</pre>
 */
public sealed interface ClaimFigures permits WageFigures, OwnershipFigures {}
