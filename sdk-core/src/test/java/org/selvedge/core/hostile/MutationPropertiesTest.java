package org.selvedge.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import org.selvedge.core.testing.Fixture;

/**
 * Any single mutation of a valid signed credential (flip, drop, duplicate, reorder or retype a
 * field, anywhere) never verifies, and never throws.
 */
class MutationPropertiesTest {
    enum Mutation { FLIP, DROP, DUPLICATE, REORDER, RETYPE }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SIGNED;
    private static final String COSIGNED_JWS;
    private static final List<String> PATHS = new ArrayList<>();
    private static final Verifier VERIFIER = Selvedge.verifier(HostileCorpus.policy()).withClock(HostileCorpus.CLOCK);

    static {
        try {
            SIGNED = Selvedge.signer(HostileCorpus.issuer()).withClock(HostileCorpus.CLOCK)
                    .sign(Selvedge.readRecord(Fixture.base().bytes()));
            COSIGNED_JWS = Selvedge.signer(HostileCorpus.issuer()).withClock(HostileCorpus.CLOCK)
                    .signJws(Selvedge.readRecord(Fixture.base().bytes()));
            collect(MAPPER.readTree(SIGNED), "", PATHS);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        out.add(path);
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "/" + i, out);
            }
        }
    }

    @Property(tries = 400)
    void mutatedCredentialsNeverVerifyAndNeverThrow(@ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 100_000) int at)
            throws Exception {
        String path = PATHS.get(at % PATHS.size());
        Assume.that(!path.isEmpty());
        // Wrapping the one proof object in an array is the same proof set (Data Integrity: proof is a set).
        Assume.that(!(mutation == Mutation.RETYPE && path.equals("/proof")));
        // A proof without @context is hashed with the document's (the suites' proof configuration step):
        // dropping it changes nothing that was signed, and conformant signers may leave it out.
        Assume.that(!(mutation == Mutation.DROP && path.equals("/proof/@context")));
        ObjectNode doc = (ObjectNode) MAPPER.readTree(SIGNED);
        String mutated = mutate(doc, path, mutation);
        Assume.that(mutated != null);
        VerificationResult r = VERIFIER.verify(mutated); // must not throw
        assertThat(r.valid()).as("%s at %s still verifies", mutation, path).isFalse();
        assertThat(r.issues()).isNotEmpty();
    }

    @Property(tries = 200)
    void mutatedJwsNeverVerifiesAndNeverThrows(@ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll char replacement) {
        int i = at % COSIGNED_JWS.length();
        Assume.that(COSIGNED_JWS.charAt(i) != replacement);
        String mutated = COSIGNED_JWS.substring(0, i) + replacement + COSIGNED_JWS.substring(i + 1);
        VerificationResult r = VERIFIER.verify(mutated);
        assertThat(r.valid()).as("changing char %d to %s", i, replacement).isFalse();
    }

    /** The mutated credential as text, or null when this mutation does not apply at this path. */
    private static String mutate(ObjectNode doc, String path, Mutation m) {
        String parentPath = path.substring(0, path.lastIndexOf('/'));
        String last = path.substring(path.lastIndexOf('/') + 1);
        JsonNode parent = parentPath.isEmpty() ? doc : doc.at(parentPath);
        JsonNode target = doc.at(path);
        switch (m) {
            case FLIP:
                return replace(parent, last, flipped(target)) ? doc.toString() : null;
            case DROP:
                if (parent instanceof ObjectNode o) {
                    o.remove(last);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                }
                return doc.toString();
            case DUPLICATE:
                if (parent instanceof ObjectNode) {
                    // A duplicated member name: text-level, since a tree cannot hold one.
                    String text = doc.toString();
                    String member = MAPPER.valueToTree(last).toString() + ":";
                    int pos = text.indexOf(member);
                    return pos < 0 ? null : text.substring(0, pos) + member + target + "," + text.substring(pos);
                }
                ((ArrayNode) parent).insert(Integer.parseInt(last), target.deepCopy());
                return doc.toString();
            case REORDER:
                if (!(parent instanceof ArrayNode a) || a.size() < 2) {
                    return null;
                }
                int i = Integer.parseInt(last);
                int j = (i + 1) % a.size();
                if (a.get(i).equals(a.get(j))) {
                    return null;
                }
                JsonNode tmp = a.get(i);
                a.set(i, a.get(j));
                a.set(j, tmp);
                return doc.toString();
            default:
                return replace(parent, last, retyped(target)) ? doc.toString() : null;
        }
    }

    private static boolean replace(JsonNode parent, String last, JsonNode value) {
        if (value == null) {
            return false;
        }
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return true;
    }

    private static JsonNode flipped(JsonNode n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n.isTextual()) {
            String s = n.textValue();
            return s.isEmpty() ? f.textNode("x") : f.textNode(s.substring(0, s.length() - 1)
                    + (char) (s.charAt(s.length() - 1) ^ 1));
        }
        if (n.isNumber()) {
            return f.numberNode(n.intValue() + 1);
        }
        if (n.isBoolean()) {
            return f.booleanNode(!n.booleanValue());
        }
        return null;
    }

    private static JsonNode retyped(JsonNode n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n.isTextual()) {
            return f.numberNode(n.textValue().length());
        }
        if (n.isNumber()) {
            return f.textNode(n.asText());
        }
        if (n.isObject()) {
            return f.arrayNode().add(n);
        }
        if (n.isArray()) {
            return f.objectNode().set("items", n);
        }
        return f.textNode(n.asText());
    }
}
