package org.selvedge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.selvedge.core.json.StrictJson;

/**
 * The documentation's code compiles against the real API: every {@code <pre>{@code ...}</pre>} example
 * in the javadoc of the published packages and every {@code ```java} block of the README is compiled
 * here (JSON examples are parsed instead), and every public type of the published packages has
 * javadoc. Examples are compiled as method bodies of a class whose fields name the values examples
 * commonly take as given ({@code record}, {@code coop}, {@code policy}...); an example's own locals
 * shadow them.
 */
class DocumentationExamplesTest {
    /** The packages a user sees: sdk-api's and the exported ones of sdk-core. */
    private static final String[] PUBLISHED = {"sdk-api/src/main/java/org/selvedge/api/records",
            "sdk-api/src/main/java/org/selvedge/api/claims", "sdk-api/src/main/java/org/selvedge/api/verification",
            "sdk-core/src/main/java/org/selvedge/core", "sdk-core/src/main/java/org/selvedge/core/trust"};

    private static final String PRELUDE = String.join("\n",
            "import java.math.BigDecimal;", "import java.nio.file.*;", "import java.time.*;", "import java.util.*;",
            "import static java.nio.charset.StandardCharsets.UTF_8;",
            "import org.selvedge.api.records.*;", "import org.selvedge.api.claims.*;", "import org.selvedge.api.verification.*;",
            "import org.selvedge.core.*;", "import org.selvedge.core.trust.*;");

    /** What examples may use without declaring it. */
    private static final String GIVEN = String.join("\n",
            "    interface Log { void warn(String format, Object... args); }",
            "    Log log;",
            "    ProductProvenance record;",
            "    Artisan artisan;",
            "    WageEvidence evidence;",
            "    Benchmark legalMinimum;",
            "    SigningIdentity coop, auditor, coopIdentity, auditorIdentity;",
            "    String coopDid, auditorDid;",
            "    TrustPolicy policy;",
            "    Verifier verifier;",
            "    Path path, keyFile;");

    record Example(String where, String code) {}

    static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root (with .mvn/) not found");
    }

    static List<Path> publishedSources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : PUBLISHED) {
            try (Stream<Path> files = Files.list(root().resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The {@code <pre>{@code ...}</pre>} blocks of a source file, with the javadoc margin removed. */
    static List<Example> javadocExamples(Path file) throws IOException {
        String src = Files.readString(file);
        List<Example> out = new ArrayList<>();
        int from = 0;
        while ((from = src.indexOf("<pre>{@code", from)) >= 0) {
            int start = from + "<pre>{@code".length();
            int depth = 1;
            int i = start;
            while (depth > 0) {
                char c = src.charAt(i++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            String body = src.substring(start, i - 1).replaceAll("(?m)^\\s*\\* ?", "");
            int line = (int) src.substring(0, from).chars().filter(c -> c == '\n').count() + 1;
            out.add(new Example(root().relativize(file) + ":" + line, body));
            from = i;
        }
        return out;
    }

    static List<Example> readmeExamples() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<Example> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Example("README.md:" + (readme.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1),
                    m.group(1)));
        }
        return out;
    }

    @Test
    void everyJavaExampleCompilesAndEveryJsonExampleParses() throws Exception {
        List<Example> examples = new ArrayList<>(readmeExamples());
        for (Path file : publishedSources()) {
            examples.addAll(javadocExamples(file));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(12);
        List<String> failures = new ArrayList<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (int n = 0; n < examples.size(); n++) {
            Example e = examples.get(n);
            String code = e.code().strip();
            if (code.startsWith("{") || code.startsWith("[")) {
                try {
                    StrictJson.parse(code.replace("...", "").getBytes(StandardCharsets.UTF_8));
                } catch (Exception ex) {
                    failures.add(e.where() + ": JSON example does not parse: " + ex.getMessage());
                }
                continue;
            }
            // README examples are complete programs a reader copies: no prelude, nothing given.
            boolean readme = e.where().startsWith("README");
            StringBuilder imports = new StringBuilder(readme ? "" : PRELUDE).append('\n');
            StringBuilder body = new StringBuilder();
            for (String line : code.split("\n")) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
            String name = "Example" + n;
            String unit = imports + "\n// " + e.where() + "\nclass " + name + " {\n" + (readme ? "" : GIVEN) + "\n    void run() throws Exception {\n"
                    + body + "\n    }\n}\n";
            units.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return unit;
                }
            });
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("selvedge-doc-examples");
        boolean ok = javac.getTask(null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8), diagnostics,
                List.of("-proc:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path")), null, units).call();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String unit = d.getSource().getCharContent(true).toString();
                String where = unit.substring(unit.indexOf("// ") + 3, unit.indexOf('\n', unit.indexOf("// ")));
                failures.add(where + ": " + d.getMessage(null) + " (example line " + d.getLineNumber() + ")");
            }
        }
        assertThat(failures).as("documentation examples").isEmpty();
        assertThat(ok).isTrue();
    }

    @Test
    void everyPublicTypeOfThePublishedPackagesHasJavadoc() throws IOException {
        Pattern publicType = Pattern.compile("(?m)^public (?:final |abstract |sealed |non-sealed )*(?:class|interface|record|enum) (\\w+)");
        List<String> missing = new ArrayList<>();
        int types = 0;
        for (Path file : publishedSources()) {
            String src = Files.readString(file);
            Matcher m = publicType.matcher(src);
            while (m.find()) {
                types++;
                String before = src.substring(0, m.start()).stripTrailing();
                // Annotations may stand between the comment and the declaration.
                while (before.endsWith(")") || before.matches("(?s).*\\n\\s*@\\w+$")) {
                    int at = before.lastIndexOf('@');
                    before = before.substring(0, at).stripTrailing();
                }
                if (!before.endsWith("*/")) {
                    missing.add(root().relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(types).isGreaterThan(30);
        assertThat(missing).as("public types without javadoc").isEmpty();
    }
}
