package org.selvedge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.testing.Fixture;

/** A temporary folder with a cooperative's and an auditor's key files (made by keygen) and the base record. */
abstract class KeysAndRecord {
    @TempDir
    Path dir;
    Path coopKey;
    Path auditorKey;
    String coopDid;
    String auditorDid;
    Path record;

    /** Makes the keys (the auditor's of {@code auditorAlg}, or the default) and writes the record. */
    void keysAndRecord(String auditorAlg) throws Exception {
        coopKey = dir.resolve("coop.json");
        auditorKey = dir.resolve("auditor.json");
        coopDid = CliRun.keygen(coopKey, null);
        auditorDid = CliRun.keygen(auditorKey, auditorAlg);
        record = dir.resolve("record.json");
        Files.write(record, Fixture.base().bytes());
    }
}
