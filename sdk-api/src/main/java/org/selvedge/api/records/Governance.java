package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How a cooperative is governed (ISO IWA 34 looks at management, board and legal signatory).
 *
 * <pre>{@code
 * Governance governance = new Governance(
 *         Headcount.of(7, 5),               // board: 5 of its 7 members are women
 *         Headcount.of(3, 2),               // management: 2 of 3
 *         new Signatory(Gender.WOMAN));     // the legal signatory
 * Governance noBoard = new Governance(null, Headcount.of(3, 2), new Signatory(Gender.WOMAN));
 * }</pre>
 *
 * @param board the board, when the cooperative has one (optional)
 * @param management the management team (required)
 * @param legalSignatory the legal signatory (required)
 */
public record Governance(@Valid Headcount board, @NotNull @Valid Headcount management,
        @NotNull @Valid Signatory legalSignatory) {}
