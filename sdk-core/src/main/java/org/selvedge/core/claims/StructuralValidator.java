package org.selvedge.core.claims;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
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
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.PayBasis;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;
import org.selvedge.core.json.Pointer;

/**
 * Structural checks ({@code INVALID_FIELD}): the Jakarta Validation constraints declared on the
 * API records, run by Hibernate Validator, plus the cross-field rules an annotation cannot say
 * ({@code women > total}, {@code from} after {@code to}, a piece-rate benchmark, duplicate ids).
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
        return out;
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
