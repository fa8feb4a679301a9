package org.selvedge.api.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The product a provenance record describes.
 *
 * <pre>{@code
 * Product necklace = new Product("Embroidered silver pendant necklace", "COLLAB-NK-0007", "jewelry", "PE",
 *         "Co-branded collection: hand embroidery from Cusco set in Taxco silver");
 * Product rug = Product.of("Hand-felted shyrdak rug", "KG");   // name and country of origin only
 * }</pre>
 *
 * @param name product name (required)
 * @param sku stock-keeping unit (optional)
 * @param category category such as {@code jewelry} (optional)
 * @param originCountry ISO 3166-1 alpha-2 country of origin (required)
 * @param description free text (optional)
 */
public record Product(
        @NotBlank String name,
        String sku,
        String category,
        @NotNull @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String originCountry,
        String description) {

    /** A product with only the required parts. */
    public static Product of(String name, String originCountry) {
        return new Product(name, null, null, originCountry, null);
    }
}
