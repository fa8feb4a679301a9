package org.selvedge.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.BenchmarkKind;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Gender;
import org.selvedge.api.records.GenderPay;
import org.selvedge.api.records.Governance;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.Ownership;
import org.selvedge.api.records.Pay;
import org.selvedge.api.records.Period;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.Product;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.Signatory;
import org.selvedge.api.records.WageEvidence;

/**
 * Binds a JSON tree to a {@link ProductProvenance}, by hand rather than by reflection: every
 * problem is collected as an {@code INVALID_FIELD} violation with its JSON Pointer, and reading
 * goes on so that one pass reports them all. Unknown members are rejected (a typo must not
 * silently drop data), except inside {@code extensions}; money must be a decimal string, and not a
 * negative zero; {@code producers}, {@code wageEvidence}, {@code benchmarks} and {@code claims} are
 * required (empty arrays allowed).
 *
 * <p>A value of the wrong type or format is left {@code null} in the record; the reader's problems
 * then take precedence over the "must not be null" the structural validation would add.
 */
public final class RecordReader {
    /** A plain decimal as the wire format requires: no exponent, no sign other than minus, no spaces. */
    static final String DECIMAL = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?";

    private static final Set<String> RECORD = Set.of("type", "id", "product", "producers", "wageEvidence",
            "benchmarks", "claims", "extensions");
    private static final Set<String> PRODUCT = Set.of("name", "sku", "category", "originCountry", "description");
    private static final Set<String> COOPERATIVE = Set.of("type", "id", "name", "country", "region",
            "foundedYear", "members", "ownership", "governance", "revenueShare");
    private static final Set<String> ARTISAN = Set.of("type", "id", "name", "country", "region", "gender",
            "craft", "revenueShare");
    private static final Set<String> HEADCOUNT = Set.of("total", "women");
    private static final Set<String> OWNERSHIP = Set.of("womenShare");
    private static final Set<String> GOVERNANCE = Set.of("board", "management", "legalSignatory");
    private static final Set<String> SIGNATORY = Set.of("gender");
    private static final Set<String> EVIDENCE = Set.of("producer", "workerGroup", "workers", "period",
            "currency", "pay", "genderPay", "source");
    private static final Set<String> PERIOD = Set.of("from", "to");
    private static final Set<String> GENDER_PAY = Set.of("womenHourly", "menHourly");
    private static final Set<String> BENCHMARK = Set.of("kind", "region", "year", "currency", "pay", "source");
    private static final Set<String> CLAIM = Set.of("topic", "producer", "basis");

    private final List<Violation> problems = new ArrayList<>();

    private RecordReader() {}

    /** The record (possibly with {@code null} parts) and every problem found reading it. */
    public record Result(ProductProvenance record, List<Violation> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads a record from a parsed tree rooted at {@code path} ({@code ""} for a whole document). */
    public static Result read(JsonNode node, String path) {
        RecordReader r = new RecordReader();
        ProductProvenance record = r.record(node, path);
        return new Result(record, r.problems);
    }

    private ProductProvenance record(JsonNode n, String path) {
        if (!object(n, path, RECORD, "a ProductProvenance record")) {
            return null;
        }
        JsonNode type = n.get("type");
        if (type == null) {
            problem(Pointer.member(path, "type"), "is required and must be \"ProductProvenance\"");
        } else if (!ProductProvenance.TYPE.equals(type.isTextual() ? type.textValue() : null)) {
            problem(Pointer.member(path, "type"), "must be \"ProductProvenance\"");
        }
        Map<String, Object> extensions = null;
        JsonNode ext = n.get("extensions");
        if (ext != null) {
            if (ext.isObject()) {
                extensions = extensionObject(ext);
            } else {
                problem(Pointer.member(path, "extensions"), "must be a JSON object");
            }
        }
        return new ProductProvenance(
                string(n, path, "id"),
                product(n.get("product"), Pointer.member(path, "product")),
                list(n, path, "producers", this::producer),
                list(n, path, "wageEvidence", this::evidence),
                list(n, path, "benchmarks", this::benchmark),
                list(n, path, "claims", this::claim),
                extensions);
    }

    private Product product(JsonNode n, String path) {
        if (n == null || !object(n, path, PRODUCT, "an object")) {
            return null;
        }
        return new Product(string(n, path, "name"), string(n, path, "sku"), string(n, path, "category"),
                string(n, path, "originCountry"), string(n, path, "description"));
    }

    private Producer producer(JsonNode n, String path) {
        if (!n.isObject()) {
            problem(path, "must be a Cooperative or Artisan object");
            return null;
        }
        JsonNode type = n.get("type");
        String t = type != null && type.isTextual() ? type.textValue() : null;
        if ("Cooperative".equals(t)) {
            object(n, path, COOPERATIVE, "a Cooperative");
            return new Cooperative(string(n, path, "id"), string(n, path, "name"), string(n, path, "country"),
                    string(n, path, "region"), integer(n, path, "foundedYear"),
                    headcount(n.get("members"), Pointer.member(path, "members")),
                    ownership(n.get("ownership"), Pointer.member(path, "ownership")),
                    governance(n.get("governance"), Pointer.member(path, "governance")),
                    decimal(n, path, "revenueShare"));
        }
        if ("Artisan".equals(t)) {
            object(n, path, ARTISAN, "an Artisan");
            return new Artisan(string(n, path, "id"), string(n, path, "name"), string(n, path, "country"),
                    string(n, path, "region"), gender(n, path, "gender"), string(n, path, "craft"),
                    decimal(n, path, "revenueShare"));
        }
        problem(Pointer.member(path, "type"), "must be \"Cooperative\" or \"Artisan\"");
        return null;
    }

    private Headcount headcount(JsonNode n, String path) {
        if (n == null || !object(n, path, HEADCOUNT, "an object {total, women}")) {
            return null;
        }
        return new Headcount(integer(n, path, "total"), integer(n, path, "women"));
    }

    private Ownership ownership(JsonNode n, String path) {
        if (n == null || !object(n, path, OWNERSHIP, "an object {womenShare}")) {
            return null;
        }
        return new Ownership(decimal(n, path, "womenShare"));
    }

    private Governance governance(JsonNode n, String path) {
        if (n == null || !object(n, path, GOVERNANCE, "an object {board?, management, legalSignatory}")) {
            return null;
        }
        JsonNode signatory = n.get("legalSignatory");
        String signatoryPath = Pointer.member(path, "legalSignatory");
        Signatory s = null;
        if (signatory != null && object(signatory, signatoryPath, SIGNATORY, "an object {gender}")) {
            s = new Signatory(gender(signatory, signatoryPath, "gender"));
        }
        return new Governance(headcount(n.get("board"), Pointer.member(path, "board")),
                headcount(n.get("management"), Pointer.member(path, "management")), s);
    }

    private WageEvidence evidence(JsonNode n, String path) {
        if (!object(n, path, EVIDENCE, "a wage-evidence object")) {
            return null;
        }
        return new WageEvidence(string(n, path, "producer"), string(n, path, "workerGroup"),
                headcount(n.get("workers"), Pointer.member(path, "workers")),
                period(n.get("period"), Pointer.member(path, "period")),
                string(n, path, "currency"),
                pay(n.get("pay"), Pointer.member(path, "pay")),
                genderPay(n.get("genderPay"), Pointer.member(path, "genderPay")),
                string(n, path, "source"));
    }

    private Period period(JsonNode n, String path) {
        if (n == null || !object(n, path, PERIOD, "an object {from, to}")) {
            return null;
        }
        return new Period(date(n, path, "from"), date(n, path, "to"));
    }

    private GenderPay genderPay(JsonNode n, String path) {
        if (n == null || !object(n, path, GENDER_PAY, "an object {womenHourly, menHourly}")) {
            return null;
        }
        return new GenderPay(decimal(n, path, "womenHourly"), decimal(n, path, "menHourly"));
    }

    private Pay pay(JsonNode n, String path) {
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            problem(path, "must be an object {basis, amount, ...}");
            return null;
        }
        JsonNode basis = n.get("basis");
        String b = basis != null && basis.isTextual() ? basis.textValue() : null;
        if (b == null) {
            problem(Pointer.member(path, "basis"), "is required: one of HOURLY, DAILY, WEEKLY, MONTHLY, PIECE");
            return null;
        }
        switch (b) {
            case "HOURLY":
                object(n, path, Set.of("basis", "amount"), "an HOURLY pay");
                return new Pay.Hourly(decimal(n, path, "amount"));
            case "DAILY":
                object(n, path, Set.of("basis", "amount", "hoursPerDay"), "a DAILY pay");
                return new Pay.Daily(decimal(n, path, "amount"), decimal(n, path, "hoursPerDay"));
            case "WEEKLY":
                object(n, path, Set.of("basis", "amount", "hoursPerWeek"), "a WEEKLY pay");
                return new Pay.Weekly(decimal(n, path, "amount"), decimal(n, path, "hoursPerWeek"));
            case "MONTHLY":
                object(n, path, Set.of("basis", "amount", "hoursPerMonth"), "a MONTHLY pay");
                return new Pay.Monthly(decimal(n, path, "amount"), decimal(n, path, "hoursPerMonth"));
            case "PIECE":
                object(n, path, Set.of("basis", "amount", "minutesPerUnit", "materialCostPerUnit"), "a PIECE pay");
                return new Pay.Piece(decimal(n, path, "amount"), decimal(n, path, "minutesPerUnit"),
                        decimal(n, path, "materialCostPerUnit"));
            default:
                problem(Pointer.member(path, "basis"), "must be one of HOURLY, DAILY, WEEKLY, MONTHLY, PIECE");
                return null;
        }
    }

    private Benchmark benchmark(JsonNode n, String path) {
        if (!object(n, path, BENCHMARK, "a benchmark object")) {
            return null;
        }
        return new Benchmark(enumValue(n, path, "kind", BenchmarkKind.class), string(n, path, "region"),
                integer(n, path, "year"), string(n, path, "currency"), pay(n.get("pay"), Pointer.member(path, "pay")),
                string(n, path, "source"));
    }

    private Claim claim(JsonNode n, String path) {
        if (!object(n, path, CLAIM, "a claim object")) {
            return null;
        }
        return new Claim(enumValue(n, path, "topic", ClaimTopic.class), string(n, path, "producer"),
                enumValue(n, path, "basis", BenchmarkKind.class));
    }

    // --- leaves ---

    /** Checks {@code n} is an object whose members are all allowed; reports unknown ones. */
    private boolean object(JsonNode n, String path, Set<String> allowed, String what) {
        if (!n.isObject()) {
            problem(path, "must be " + what + ", not " + kind(n));
            return false;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(Pointer.member(path, name), "is not a field of " + what
                        + (path.isEmpty() ? " (put additions under \"extensions\")" : ""));
            }
        }
        return true;
    }

    private <T> List<T> list(JsonNode parent, String path, String name, Element<T> element) {
        JsonNode n = parent.get(name);
        String p = Pointer.member(path, name);
        if (n == null) {
            // Required by the wire format even when empty: a record that forgot its claims must not pass as
            // one that makes none.
            problem(p, "is required (an empty array [] is allowed)");
            return List.of();
        }
        if (!n.isArray()) {
            problem(p, "must be an array, not " + kind(n));
            return List.of();
        }
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            out.add(element.read(n.get(i), Pointer.index(p, i)));
        }
        return out;
    }

    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    private String string(JsonNode parent, String path, String name) {
        JsonNode n = parent.get(name);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            problem(Pointer.member(path, name), "must be a string, not " + kind(n));
            return null;
        }
        return n.textValue();
    }

    private Integer integer(JsonNode parent, String path, String name) {
        JsonNode n = parent.get(name);
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            problem(Pointer.member(path, name), n.isIntegralNumber() ? "is out of range"
                    : "must be a JSON integer, not " + kind(n));
            return null;
        }
        return n.intValue();
    }

    private BigDecimal decimal(JsonNode parent, String path, String name) {
        JsonNode n = parent.get(name);
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            problem(Pointer.member(path, name), "must be a decimal string such as \"" + n.asText() + "\", not a JSON number:"
                    + " amounts travel as strings so that nothing is rounded");
            return null;
        }
        if (!n.isTextual() || !plainDecimal(n.textValue())) {
            problem(Pointer.member(path, name), "must be a plain decimal string such as \"95.00\""
                    + (n.isTextual() ? "" : ", not " + kind(n)));
            return null;
        }
        BigDecimal value = new BigDecimal(n.textValue());
        if (value.signum() == 0 && n.textValue().charAt(0) == '-') {
            // BigDecimal has no negative zero: "-0.00" would be written back as "0.00".
            problem(Pointer.member(path, name), "is a negative zero (\"" + n.textValue()
                    + "\"), which does not round-trip: write it without the sign");
            return null;
        }
        return value;
    }

    /**
     * Whether {@code s} matches {@link #DECIMAL}, checked by hand: it runs for every amount of every
     * credential verified, where a regular expression cost more than the rest of reading the amount.
     */
    static boolean plainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return false;
        }
        char first = s.charAt(i++);
        if (first >= '1' && first <= '9') {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else if (first != '0') {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i++) != '.' || i == n) {
            return false;
        }
        while (i < n) {
            if (!isDigit(s.charAt(i++))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private LocalDate date(JsonNode parent, String path, String name) {
        String s = string(parent, path, name);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() != 10) {
                throw new DateTimeParseException("length", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(Pointer.member(path, name), "must be an ISO 8601 date such as 2026-07-01");
            return null;
        }
    }

    private Gender gender(JsonNode parent, String path, String name) {
        String s = string(parent, path, name);
        if (s == null) {
            return null;
        }
        try {
            return Gender.fromWireName(s);
        } catch (IllegalArgumentException e) {
            problem(Pointer.member(path, name), "must be one of woman, man, nonbinary, undisclosed");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String path, String name, Class<E> type) {
        String s = string(parent, path, name);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problem(Pointer.member(path, name), "must be one of " + String.join(", ", names));
        return null;
    }

    // Plain loops, not lambdas: extensions may nest up to JsonLimits.MAX_DEPTH, and each level costs stack.
    private static Map<String, Object> extensionObject(JsonNode n) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), extensionValue(e.getValue()));
        }
        return map;
    }

    private static Object extensionValue(JsonNode n) {
        if (n.isObject()) {
            return extensionObject(n);
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                list.add(extensionValue(n.get(i)));
            }
            return list;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return null;
    }

    private static String kind(JsonNode n) {
        switch (n.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void problem(String path, String message) {
        problems.add(new Violation(ViolationCode.INVALID_FIELD, path, message));
    }

}
