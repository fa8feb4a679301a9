package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How a cooperative is governed (ISO IWA 34 looks at management, board and legal signatory).
 *
 * @param board the board, when the cooperative has one (optional)
 * @param management the management team (required)
 * @param legalSignatory the legal signatory (required)
 */
public record Governance(@Valid Headcount board, @NotNull @Valid Headcount management,
        @NotNull @Valid Signatory legalSignatory) {}
