package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * A producers' cooperative. Its members own it, so without an explicit {@link Ownership} women's
 * ownership share is {@code members.women / members.total}.
 *
 * <pre>{@code
 * Cooperative coop = Cooperative.builder()
 *         .id("urn:uuid:0b7e8f3e-2c4d-4f6a-8e1b-3a5c7d9e0f12")
 *         .name("Warmi Away Weaving Cooperative")
 *         .country("PE").region("PE-CUS")
 *         .members(Headcount.of(48, 41))
 *         .governance(new Governance(Headcount.of(7, 5), Headcount.of(3, 2), new Signatory(Gender.WOMAN)))
 *         .build();
 * }</pre>
 *
 * @param id URI unique within the record (required)
 * @param name display name (required)
 * @param country ISO 3166-1 alpha-2 (required)
 * @param region ISO 3166-2 subdivision of {@code country}, such as {@code PE-CUS} (optional)
 * @param foundedYear year founded (optional)
 * @param members membership counts (required)
 * @param ownership explicit ownership (optional)
 * @param governance board, management, legal signatory (required)
 * @param revenueShare share of the wholesale price (optional)
 */
public record Cooperative(
        @NotNull @Pattern(regexp = Patterns.URI, message = Patterns.URI_MESSAGE) String id,
        @NotBlank String name,
        @NotNull @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String country,
        @Pattern(regexp = Patterns.SUBDIVISION, message = Patterns.SUBDIVISION_MESSAGE) String region,
        @Min(1000) @Max(9999) Integer foundedYear,
        @NotNull @Valid Headcount members,
        @Valid Ownership ownership,
        @NotNull @Valid Governance governance,
        @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "1", message = "must be at most 1") BigDecimal revenueShare)
        implements Producer {

    /** A builder with every part unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Cooperative}; every setter returns the builder. */
    public static final class Builder {
        private String id;
        private String name;
        private String country;
        private String region;
        private Integer foundedYear;
        private Headcount members;
        private Ownership ownership;
        private Governance governance;
        private BigDecimal revenueShare;

        private Builder() {}

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder foundedYear(Integer v) { foundedYear = v; return this; }
        public Builder members(Headcount v) { members = v; return this; }
        public Builder ownership(Ownership v) { ownership = v; return this; }
        public Builder governance(Governance v) { governance = v; return this; }
        public Builder revenueShare(BigDecimal v) { revenueShare = v; return this; }

        /** The cooperative; structural checks happen when the record is checked. */
        public Cooperative build() {
            return new Cooperative(id, name, country, region, foundedYear, members, ownership, governance,
                    revenueShare);
        }
    }
}
