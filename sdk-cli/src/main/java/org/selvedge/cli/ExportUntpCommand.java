package org.selvedge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.RecordFormatException;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.Signer;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.Untp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selvedge export --untp dpp|dcc}: UN Transparency Protocol credentials. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export as a UNTP 0.6.0 credential, signed as a compact JWS (VC-JOSE-COSE):",
                "  dpp: a record as a Digital Product Passport issued by the key's owner;",
                "  dcc: a signed credential (verified first, so a trust policy is needed) as a Digital Conformity",
                "       Credential in which the key's owner, an auditor, attests the assessed claims."})
final class ExportUntpCommand implements Callable<Integer> {
    enum Kind { dpp, dcc }

    @Spec
    CommandSpec spec;

    @Option(names = "--untp", required = true, paramLabel = "dpp|dcc", description = "Which UNTP credential.")
    Kind kind;

    @Option(names = "--key", required = true, paramLabel = "KEY.json", description = "The issuer's private JWK.")
    Path key;

    @Option(names = "--issuer-name", paramLabel = "NAME",
            description = "The issuer's name (UNTP requires one; default: the first producer's name, or the auditor's DID).")
    String issuerName;

    @Mixin
    TrustOptions trust;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of to standard output.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Parameters(paramLabel = "INPUT.json", description = "A record (dpp) or a signed credential (dcc).")
    Path input;

    @Override
    public Integer call() {
        SigningIdentity id = KeyFiles.read(key);
        Signer signer = Selvedge.signer(id);
        byte[] bytes = InputFiles.read(input);
        String jws;
        try {
            if (kind == Kind.dpp) {
                ProductProvenance record = Selvedge.readRecord(bytes);
                jws = Untp.productPassport(record, signer, issuerName != null ? issuerName : record.producers().get(0).name());
            } else {
                jws = Untp.conformityCredential(bytes, signer, issuerName != null ? issuerName : id.did(),
                        Selvedge.verifier(trust.policy()));
            }
        } catch (RecordFormatException e) {
            // Problems quote the input: escaped, so that a record cannot write to the terminal.
            spec.commandLine().getErr().println("selvedge: " + input + " is not a valid record:");
            e.problems().forEach(p -> spec.commandLine().getErr().println("  " + ReportPrinter.safe(p.toString())));
            return Main.INVALID;
        } catch (SelvedgeException e) {
            spec.commandLine().getErr().println("selvedge: " + input + ": " + ReportPrinter.safe(e.getMessage()));
            return Main.INVALID;
        }
        if (out == null) {
            spec.commandLine().getOut().println(jws);
        } else {
            OutputFiles.write(out, jws + "\n", false, force);
            spec.commandLine().getErr().println("wrote " + out);
        }
        return Main.OK;
    }
}
