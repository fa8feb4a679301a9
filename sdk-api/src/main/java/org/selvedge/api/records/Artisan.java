package org.selvedge.api.records;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * An independent maker. For women-owned and women-led claims an artisan's share is 1 when her
 * gender is {@link Gender#WOMAN}, else 0.
 *
 * <pre>{@code
 * Artisan aigul = new Artisan("urn:uuid:7e9a1c3e-5b7d-4f1a-9c3e-5b7d9f1a3c5e", "Aigul Felt Studio",
 *         "KG", "KG-N", Gender.WOMAN, "felt making", null);   // sole producer: no revenue share needed
 * Claim womenOwned = new Claim(ClaimTopic.WOMEN_OWNED, aigul.id(), null);   // her share is 1
 * }</pre>
 *
 * @param id URI unique within the record (required)
 * @param name display name (required)
 * @param country ISO 3166-1 alpha-2 (required)
 * @param region ISO 3166-2 subdivision of {@code country}, such as {@code PE-CUS} (optional)
 * @param gender the artisan's gender (required)
 * @param craft e.g. {@code silversmithing} (optional)
 * @param revenueShare share of the wholesale price (optional)
 */
public record Artisan(
        @NotNull @Pattern(regexp = Patterns.URI, message = Patterns.URI_MESSAGE) String id,
        @NotBlank String name,
        @NotNull @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Patterns.SUBDIVISION, message = Patterns.SUBDIVISION_MESSAGE) String region,
        @NotNull Gender gender,
        String craft,
        @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1", message = "must be at most 1") BigDecimal revenueShare)
        implements Producer {}
