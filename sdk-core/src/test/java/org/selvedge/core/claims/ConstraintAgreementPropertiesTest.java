package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.json.RecordReader;
import org.selvedge.core.json.StrictJson;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.testing.RecordArbitraries;

/**
 * The hand-written constraint checks agree with Hibernate Validator over the annotations: same
 * paths and messages, on valid generated records and on records with one value broken anywhere.
 */
class ConstraintAgreementPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LEAVES = new ArrayList<>();

    static {
        collect(Fixture.base().tree(), "", LEAVES);
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "/" + i, out);
            }
        }
        out.add(path);
    }

    private static List<String> both(ProductProvenance r, boolean bean) {
        return StructuralValidator.validate(r, bean).stream().map(v -> v.path() + " " + v.message()).sorted().toList();
    }

    @Property(tries = 150)
    void agreeOnGeneratedRecords(@ForAll("records") ProductProvenance r) {
        assertThat(both(r, false)).isEqualTo(both(r, true));
    }

    @Property(tries = 300)
    void agreeWhenAnyValueIsRemovedOrBroken(@ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll boolean remove)
            throws Exception {
        String path = LEAVES.get(at % LEAVES.size());
        ObjectNode doc = Fixture.base().tree().deepCopy();
        if (!path.isEmpty()) {
            JsonNode parent = doc.at(path.substring(0, path.lastIndexOf('/')));
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (parent instanceof ObjectNode o) {
                if (remove) {
                    o.remove(last);
                } else {
                    // Strings become an invalid "-1"; counts become -1 (negative, or of the wrong type).
                    if (o.get(last).isInt()) {
                        o.put(last, -1);
                    } else {
                        o.put(last, "-1");
                    }
                }
            } else if (parent instanceof ArrayNode a && remove) {
                a.remove(Integer.parseInt(last));
            }
        }
        RecordReader.Result read = RecordReader.read(StrictJson.parse(MAPPER.writeValueAsBytes(doc)), "");
        if (read.record() != null) {
            assertThat(both(read.record(), false)).as(path).isEqualTo(both(read.record(), true));
        }
    }

    /** Regions and countries, valid and not, on both kinds of producer: the pattern and the cross-field check. */
    @Property(tries = 200)
    void agreeOnProducerRegions(@ForAll("records") ProductProvenance r, @ForAll("regions") String coopRegion,
            @ForAll("regions") String artisanRegion, @ForAll("countries") String country) {
        Cooperative c = (Cooperative) r.producers().get(0);
        Artisan a = (Artisan) r.producers().get(1);
        ProductProvenance edited = r.toBuilder().producers(List.<Producer>of(
                new Cooperative(c.id(), c.name(), country, coopRegion, c.foundedYear(), c.members(), c.ownership(),
                        c.governance(), c.revenueShare()),
                new Artisan(a.id(), a.name(), "KE", artisanRegion, a.gender(), a.craft(), a.revenueShare()))).build();
        assertThat(both(edited, false)).isEqualTo(both(edited, true));
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of("KE-14", "KE-110", "KE", "TZ-01", "ke-14", "KE-1234", "KE14", "K-1", "").injectNull(0.2);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("KE", "TZ", "ke", "KEN").injectNull(0.1);
    }

    @Provide
    Arbitrary<ProductProvenance> records() {
        return RecordArbitraries.records();
    }

}
