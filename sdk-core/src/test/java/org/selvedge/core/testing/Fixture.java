package org.selvedge.core.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A test record to edit by JSON Pointer: {@code Fixture.base().set("/producers/0/members/women", 10)}.
 * The base record (test resources) satisfies every claim, so each edit shows exactly what it breaks.
 */
public final class Fixture {
    /** The base record's claims, by index: the cooperative's three, then the artisan's two. */
    public static final int COOP_FAIR_WAGE = 0;
    public static final int COOP_OWNED = 1;
    public static final int COOP_LED = 2;
    public static final int ARTISAN_FAIR_WAGE = 3;
    public static final int ARTISAN_LED = 4;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode root;

    private Fixture(ObjectNode root) {
        this.root = root;
    }

    /** The valid base record: a Kenyan basket cooperative and an artisan, five satisfied claims. */
    public static Fixture base() {
        return resource("/org/selvedge/core/base-record.json");
    }

    public static Fixture resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(name)) {
            return new Fixture((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at {@code pointer} (its parent must exist); strings, numbers, booleans, nodes. */
    public Fixture set(String pointer, Object value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        JsonNode v = MAPPER.valueToTree(value);
        if (parent instanceof ObjectNode o) {
            o.set(p.last().getMatchingProperty(), v);
        } else if (parent instanceof ArrayNode a) {
            int i = p.last().getMatchingIndex();
            if (i == a.size()) {
                a.add(v);
            } else {
                a.set(i, v);
            }
        } else {
            throw new IllegalArgumentException("no container at " + p.head());
        }
        return this;
    }

    /** Sets raw JSON at {@code pointer}. */
    public Fixture setJson(String pointer, String json) {
        try {
            return set(pointer, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the member or element at {@code pointer}. */
    public Fixture remove(String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode o) {
            o.remove(p.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            a.remove(p.last().getMatchingIndex());
        }
        return this;
    }

    public ObjectNode tree() {
        return root;
    }

    /** The record checked with the defaults. */
    public org.selvedge.api.claims.ClaimReport check() {
        return org.selvedge.core.Selvedge.check(bytes());
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    public String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
