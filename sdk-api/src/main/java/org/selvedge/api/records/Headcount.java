package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A count of people and how many of them are women: cooperative members, a board, management, or
 * the workers a wage observation covers. {@code women > total} is reported as {@code INVALID_FIELD}.
 *
 * <pre>{@code
 * Headcount members = Headcount.of(48, 41);    // 48 members, 41 of them women: women own 0.8542
 * Headcount embroiderers = Headcount.of(30, 28);
 * }</pre>
 *
 * @param total everyone counted (required, not negative)
 * @param women the women among them (required, not negative, at most {@code total})
 */
public record Headcount(@NotNull @PositiveOrZero Integer total, @NotNull @PositiveOrZero Integer women) {

    /** A headcount of {@code total} people of whom {@code women} are women. */
    public static Headcount of(int total, int women) {
        return new Headcount(total, women);
    }
}
