package org.selvedge.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.SigningIdentity;

/** Reading private key files for the commands that sign. */
final class KeyFiles {
    private KeyFiles() {}

    static SigningIdentity read(Path file) {
        byte[] bytes = InputFiles.read(file);
        try {
            return SigningIdentity.fromJwk(new String(bytes, StandardCharsets.UTF_8));
        } catch (SelvedgeException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}
