package org.selvedge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.ClaimsViolatedException;
import org.selvedge.core.RecordFormatException;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selvedge sign}: sign a record, or co-sign a signed credential. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a provenance record as a W3C Verifiable Credential, or add a co-signature to a signed one.",
                "A record with violated claims is refused (exit 1) unless --allow-violations."})
final class SignCommand implements Callable<Integer> {
    enum Format { di, jwt }

    @Spec
    CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "KEY.json", description = "The signer's private JWK.")
    Path key;

    @Option(names = "--format", defaultValue = "di",
            description = "di: embedded Data Integrity proof (default); jwt: compact JWS (VC-JOSE-COSE).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = {"Write here (atomically) instead of to standard output.",
            "With --batch: results go to FILE.partial and are renamed over FILE when the run is complete."})
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file (and an earlier run's FILE.partial).")
    boolean force;

    @Option(names = "--valid-days", paramLabel = "N", description = "Set validUntil N days after validFrom.")
    Integer validDays;

    @Option(names = "--allow-violations", description = "Sign even when a claim is violated.")
    boolean allowViolations;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = "Sign each line (a record) of a JSON Lines file ('-' for standard input). One JSON object per"
                    + " input line, in order: {\"line\":N,\"valid\":true,\"reasons\":[],\"credential\":...} (the signed"
                    + " credential, or the compact JWS string with --format jwt), or {\"line\":N,\"valid\":false,"
                    + "\"reasons\":[{\"code\",\"path\",\"message\"}...]}.")
    String batch;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --batch (default: every core).")
    Integer threads;

    @Parameters(paramLabel = "INPUT.json", arity = "0..1", description = "A provenance record, or a signed credential to co-sign.")
    Path input;

    @Override
    public Integer call() {
        if ((batch == null) == (input == null)) {
            throw new UsageException("give exactly one of INPUT.json or --batch FILE.jsonl");
        }
        Signer signer = Selvedge.signer(KeyFiles.read(key));
        if (validDays != null) {
            if (validDays < 1) {
                throw new UsageException("--valid-days must be at least 1");
            }
            signer = signer.validFor(Duration.ofDays(validDays));
        }
        if (allowViolations) {
            signer = signer.allowingViolations();
        }
        if (batch != null) {
            return BatchCommands.sign(signer.withCompactOutput(), format == Format.jwt,
                    BatchCommands.Settings.of(batch, threads, out, force), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        byte[] bytes = InputFiles.read(input);
        PrintWriter err = spec.commandLine().getErr();
        if (isCompactJws(bytes)) {
            err.println("selvedge: " + input + " is a compact JWS: a JWS has exactly one signer and cannot be co-signed;"
                    + " co-sign the JSON credential (Data Integrity proofs) instead, or sign the record");
            return Main.INVALID;
        }
        String signed;
        try {
            signed = isRecord(bytes) ? signRecord(signer, bytes) : signCredential(signer, bytes);
        } catch (ClaimsViolatedException e) {
            err.println("selvedge: refusing to sign " + input + ": its claims do not hold (use --allow-violations to sign anyway)");
            ReportPrinter.print(e.report(), err, "  ");
            return Main.INVALID;
        } catch (RecordFormatException e) {
            err.println("selvedge: " + input + " is not a valid record:");
            e.problems().forEach(p -> err.println("  " + p));
            return Main.INVALID;
        } catch (SelvedgeException e) {
            err.println("selvedge: " + input + ": " + e.getMessage());
            return Main.INVALID;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(signed);
            if (stdout.checkError()) {
                throw new UsageException("cannot write the signed credential to standard output");
            }
        } else {
            OutputFiles.write(out, signed + "\n", false, force);
            err.println("wrote " + out);
        }
        return Main.OK;
    }

    private String signRecord(Signer signer, byte[] bytes) throws SelvedgeException {
        ProductProvenance record = Selvedge.readRecord(bytes);
        return format == Format.jwt ? signer.signJws(record) : signer.sign(record);
    }

    private String signCredential(Signer signer, byte[] bytes) throws SelvedgeException {
        if (format == Format.jwt) {
            return signer.signJws(bytes);
        }
        return signer.cosign(bytes);
    }

    /**
     * Whether the input is a compact JWS: three base64url segments joined by dots (the payload may be
     * empty), with nothing else but surrounding white space.
     */
    static boolean isCompactJws(byte[] bytes) {
        int from = 0;
        int to = bytes.length;
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        int dots = 0;
        int segment = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '.') {
                if (segment == 0 && dots == 0) {
                    return false; // no header
                }
                dots++;
                segment = 0;
            } else if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_') {
                segment++;
            } else {
                return false;
            }
        }
        return dots == 2 && segment > 0;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** A record says {@code "type": "ProductProvenance"}; anything else is treated as a credential. */
    private static boolean isRecord(byte[] bytes) {
        try {
            JsonNode type = new ObjectMapper().readTree(bytes).get("type");
            return type != null && type.isTextual() && type.textValue().equals(ProductProvenance.TYPE);
        } catch (IOException | RuntimeException e) {
            return true; // let the strict record reader report what is wrong
        }
    }
}
