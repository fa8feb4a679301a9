package org.selvedge.core.claims;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.PayBasis;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;
import org.selvedge.core.json.Pointer;
import org.selvedge.core.json.StrictJson;

/**
 * Structural checks ({@code INVALID_FIELD}): the Jakarta Validation constraints declared on the
 * API records, run by Hibernate Validator, plus the cross-field rules an annotation cannot say
 * ({@code women > total}, {@code from} after {@code to}, a piece-rate benchmark, duplicate ids, a
 * producer's region outside its country, a basis on a claim other than FAIR_WAGE).
 */
final class StructuralValidator {
    private StructuralValidator() {}

    /** Built on first use: bootstrapping Hibernate Validator costs time a CLI start should not pay twice. */
    private static final class Holder {
        static final Validator VALIDATOR;

        static {
            // ParameterMessageInterpolator: no Expression Language implementation is needed.
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }

    /**
     * Every structural violation of {@code record}.
     *
     * @param beanValidation run Hibernate Validator over the annotations (records built in Java);
     *     otherwise the hand-written equivalent (records read from JSON, on the hot path)
     */
    static List<Violation> validate(ProductProvenance record, boolean beanValidation) {
        List<Violation> annotated = new ArrayList<>();
        if (beanValidation) {
            Set<ConstraintViolation<ProductProvenance>> found = Holder.VALIDATOR.validate(record);
            for (ConstraintViolation<ProductProvenance> v : found) {
                annotated.add(invalid(pointer(v.getPropertyPath()), v.getMessage()));
            }
        } else {
            RecordConstraints.check(record, annotated);
        }
        annotated.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        List<Violation> out = new ArrayList<>(annotated);
        crossField(record, out);
        if (beanValidation && record.extensions() != null) {
            // Records read from JSON passed StrictJson, which refuses these numbers already.
            extensionNumbers(record.extensions(), out);
        }
        return out;
    }

    /**
     * Numbers in {@code extensions} that no IEEE-754 double holds exactly: RFC 8785 signs the nearest
     * double, so a credential signed over them would be refused by every verifier. Walked with an
     * explicit stack: a record built in Java may nest its extensions arbitrarily deep.
     */
    private static void extensionNumbers(Map<String, Object> extensions, List<Violation> out) {
        record Node(String path, Object value) {}
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(new Node("/extensions", extensions));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.value() instanceof Map<?, ?> m) {
                m.forEach((k, x) -> todo.push(new Node(Pointer.member(n.path(), String.valueOf(k)), x)));
            } else if (n.value() instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) {
                    todo.push(new Node(Pointer.index(n.path(), i), l.get(i)));
                }
            } else if (n.value() instanceof BigDecimal || n.value() instanceof BigInteger) {
                BigDecimal d = n.value() instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) n.value();
                double nearest = d.doubleValue();
                if (Double.isInfinite(nearest) || !StrictJson.exactDouble(d, nearest)) {
                    out.add(invalid(n.path(), "number " + d + " cannot be represented exactly as an IEEE-754 double,"
                            + " so a signature over the record would not fix its value (I-JSON, RFC 7493)"));
                }
            }
        }
    }

    private static void crossField(ProductProvenance r, List<Violation> out) {
        Map<String, String> ids = new HashMap<>();
        if (r.id() != null) {
            ids.put(r.id(), "/id");
        }
        for (int i = 0; i < r.producers().size(); i++) {
            Producer p = r.producers().get(i);
            if (p == null) {
                continue;
            }
            String path = Pointer.index("/producers", i);
            if (p.id() != null) {
                String first = ids.putIfAbsent(p.id(), path + "/id");
                if (first != null) {
                    out.add(invalid(path + "/id", "id " + p.id() + " is already used at " + first
                            + "; ids are unique within a record"));
                }
            }
            String region = p.region();
            String country = p.country();
            // A subdivision names its country first (ISO 3166-2): MX-GRO is not in PE, and benchmarks are
            // matched by region, so a mismatch would judge the producer against another country's figures.
            if (region != null && country != null && country.length() == 2 && region.length() > 3 && region.charAt(2) == '-'
                    && !region.startsWith(country)) {
                out.add(invalid(path + "/region", "region " + region + " is not in the producer's country " + country
                        + ": an ISO 3166-2 region starts with its country code (" + country + "-...)"));
            }
            if (p instanceof Cooperative c) {
                headcount(c.members(), path + "/members", out);
                if (c.governance() != null) {
                    headcount(c.governance().board(), path + "/governance/board", out);
                    headcount(c.governance().management(), path + "/governance/management", out);
                }
            }
        }
        for (int i = 0; i < r.wageEvidence().size(); i++) {
            WageEvidence e = r.wageEvidence().get(i);
            if (e == null) {
                continue;
            }
            String path = Pointer.index("/wageEvidence", i);
            headcount(e.workers(), path + "/workers", out);
            if (e.period() != null && e.period().from() != null && e.period().to() != null
                    && e.period().from().isAfter(e.period().to())) {
                out.add(invalid(path + "/period/from", "period starts (" + e.period().from()
                        + ") after it ends (" + e.period().to() + ")"));
            }
        }
        for (int i = 0; i < r.claims().size(); i++) {
            Claim c = r.claims().get(i);
            if (c != null && c.basis() != null && c.topic() != null && c.topic() != ClaimTopic.FAIR_WAGE) {
                out.add(invalid(Pointer.index("/claims", i) + "/basis", "a basis (" + c.basis() + ") belongs only to a"
                        + " FAIR_WAGE claim; a " + c.topic() + " claim is judged without benchmarks"));
            }
        }
        for (int i = 0; i < r.benchmarks().size(); i++) {
            Benchmark b = r.benchmarks().get(i);
            if (b != null && b.pay() != null && b.pay().basis() == PayBasis.PIECE) {
                out.add(invalid(Pointer.index("/benchmarks", i) + "/pay/basis",
                        "a benchmark is a time rate: HOURLY, DAILY, WEEKLY or MONTHLY, never PIECE"));
            }
        }
    }

    private static void headcount(Headcount h, String path, List<Violation> out) {
        if (h != null && h.total() != null && h.women() != null && h.women() > h.total()) {
            out.add(invalid(path + "/women", "women (" + h.women() + ") exceed the total (" + h.total() + ")"));
        }
    }

    /** Hibernate Validator's property path ({@code producers[0].members.total}) as a JSON Pointer. */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    private static Violation invalid(String path, String message) {
        return new Violation(ViolationCode.INVALID_FIELD, path, message);
    }
}
