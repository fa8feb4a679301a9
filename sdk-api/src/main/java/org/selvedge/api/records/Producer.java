package org.selvedge.api.records;

import java.math.BigDecimal;

/**
 * Who made (part of) a product: a {@link Cooperative} or an independent {@link Artisan}. A
 * co-branded product has several.
 *
 * <pre>{@code
 * int makers = record.producer(evidence.producer()) instanceof Cooperative c ? c.members().total() : 1;   // Artisan: 1
 * }</pre>
 */
public sealed interface Producer permits Cooperative, Artisan {
    /** The producer's id, a URI unique within the record. */
    String id();

    /** Display name. */
    String name();

    /** ISO 3166-1 alpha-2 country. */
    String country();

    /** ISO 3166-2 subdivision of {@link #country()} ({@code PE-CUS}), or {@code null}. */
    String region();

    /** Share of the product's wholesale price, {@code 0}–{@code 1}, or {@code null}. */
    BigDecimal revenueShare();
}
