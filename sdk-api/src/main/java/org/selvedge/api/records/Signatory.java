package org.selvedge.api.records;

import jakarta.validation.constraints.NotNull;

/**
 * The person who legally signs for a cooperative.
 *
 * @param gender their gender
 */
public record Signatory(@NotNull Gender gender) {}
