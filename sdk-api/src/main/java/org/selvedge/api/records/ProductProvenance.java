package org.selvedge.api.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product provenance record: the product, who made it, what they are paid, the benchmarks used,
 * and the claims made. This is the record that gets signed.
 *
 * <p>Lists are copied and unmodifiable; a {@code null} list is an empty one. {@code extensions} is
 * the one place for additions to the format: any JSON object, held as unmodifiable maps and lists
 * of {@link String}, {@link java.math.BigDecimal}, {@link java.math.BigInteger}, {@link Boolean}
 * and {@code null}.
 *
 * <pre>{@code
 * ProductProvenance record = ProductProvenance.builder()
 *         .id("urn:uuid:2d4f6a8c-1e3b-4d5f-a7c9-0b2d4f6a8c1e")
 *         .product(Product.of("Hand-felted shyrdak rug", "KG"))
 *         .producers(List.of(artisan))
 *         .wageEvidence(List.of(evidence))
 *         .benchmarks(List.of(legalMinimum))
 *         .claims(List.of(new Claim(ClaimTopic.FAIR_WAGE, artisan.id(), BenchmarkKind.LEGAL_MINIMUM)))
 *         .build();
 * }</pre>
 *
 * @param id URI of this record
 * @param product the product
 * @param producers one or more producers
 * @param wageEvidence pay observations
 * @param benchmarks legal-minimum and living-wage benchmarks
 * @param claims what the record asserts
 * @param extensions free additions, or {@code null}
 */
public record ProductProvenance(
        @NotNull @Pattern(regexp = Patterns.URI, message = Patterns.URI_MESSAGE) String id,
        @NotNull @Valid Product product,
        @NotEmpty List<@NotNull @Valid Producer> producers,
        List<@NotNull @Valid WageEvidence> wageEvidence,
        List<@NotNull @Valid Benchmark> benchmarks,
        List<@NotNull @Valid Claim> claims,
        Map<String, Object> extensions) {

    /** The {@code type} every record carries on the wire. */
    public static final String TYPE = "ProductProvenance";

    public ProductProvenance {
        producers = copy(producers);
        wageEvidence = copy(wageEvidence);
        benchmarks = copy(benchmarks);
        claims = copy(claims);
        extensions = extensions == null ? null : copyObject(extensions);
    }

    /** The producer with this id, or {@code null}. */
    public Producer producer(String producerId) {
        for (Producer p : producers) {
            if (p != null && p.id() != null && p.id().equals(producerId)) {
                return p;
            }
        }
        return null;
    }

    /** A builder with every list empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this record's parts. */
    public Builder toBuilder() {
        return new Builder().id(id).product(product).producers(producers).wageEvidence(wageEvidence)
                .benchmarks(benchmarks).claims(claims).extensions(extensions);
    }

    private static <T> List<T> copy(List<T> list) {
        // Elements may be null in a record read from malformed JSON; List.copyOf would refuse them.
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    // Plain loops, not lambdas: extensions read from JSON may nest a thousand levels, each costing stack.
    private static Map<String, Object> copyObject(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            copy.put(e.getKey(), copyValue(e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                copy.put(String.valueOf(e.getKey()), copyValue(e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object x : l) {
                copy.add(copyValue(x));
            }
            return Collections.unmodifiableList(copy);
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof java.math.BigDecimal
                || v instanceof java.math.BigInteger) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return java.math.BigInteger.valueOf(((Number) v).longValue());
        }
        throw new IllegalArgumentException("extensions hold only JSON values (string, decimal, integer,"
                + " boolean, null, list, map), not " + v.getClass().getName());
    }

    /** Builds a {@link ProductProvenance}; every setter returns the builder. */
    public static final class Builder {
        private String id;
        private Product product;
        private List<Producer> producers = List.of();
        private List<WageEvidence> wageEvidence = List.of();
        private List<Benchmark> benchmarks = List.of();
        private List<Claim> claims = List.of();
        private Map<String, Object> extensions;

        private Builder() {}

        public Builder id(String v) { id = v; return this; }
        public Builder product(Product v) { product = v; return this; }
        public Builder producers(List<? extends Producer> v) { producers = new ArrayList<>(v); return this; }
        public Builder wageEvidence(List<WageEvidence> v) { wageEvidence = v; return this; }
        public Builder benchmarks(List<Benchmark> v) { benchmarks = v; return this; }
        public Builder claims(List<Claim> v) { claims = v; return this; }
        public Builder extensions(Map<String, Object> v) { extensions = v; return this; }

        /** The record; structural checks happen when it is checked. */
        public ProductProvenance build() {
            return new ProductProvenance(id, product, producers, wageEvidence, benchmarks, claims, extensions);
        }
    }
}
