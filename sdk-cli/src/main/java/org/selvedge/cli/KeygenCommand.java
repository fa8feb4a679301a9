package org.selvedge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code selvedge keygen}: a new signing key. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Generate a signing key and write it as a private JWK (owner-only permissions).",
                "Prints the key's DID as the last line of output."})
final class KeygenCommand implements Callable<Integer> {
    enum Alg { ed25519, p256 }

    @Spec
    CommandSpec spec;

    @Option(names = "--alg", defaultValue = "ed25519", description = "ed25519 (default) or p256.")
    Alg alg;

    @Option(names = "--out", required = true, paramLabel = "KEY.json", description = "Where to write the private key.")
    Path out;

    @Option(names = "--force", description = "Replace an existing key file (the old key is lost).")
    boolean force;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() {
        SigningIdentity id = SigningIdentity.generate(alg == Alg.p256 ? KeyAlgorithm.P256 : KeyAlgorithm.ED25519);
        OutputFiles.write(out, id.toPrivateJwk() + "\n", true, force);
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + id.algorithm() + " private key to " + out + " (keep it secret)");
        w.println(id.did());
        if (w.checkError()) {
            throw new UsageException("wrote " + out + " but cannot print its DID to standard output");
        }
        return Main.OK;
    }
}
