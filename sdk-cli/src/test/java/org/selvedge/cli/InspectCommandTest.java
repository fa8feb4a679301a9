package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.testing.Fixture;

/** {@code selvedge inspect} reads input as strictly as check and verify do, and says what is wrong with the rest. */
class InspectCommandTest {
    @TempDir
    Path dir;

    CliRun inspect(String content) throws Exception {
        Path file = dir.resolve("input");
        Files.writeString(file, content);
        return CliRun.of("inspect", file.toString());
    }

    @Test
    void aRecordIsShownWithItsReCheckedClaims() throws Exception {
        CliRun r = inspect(new String(Fixture.base().bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("not verified").contains("claims (re-checked, exact)").contains("✓");
    }

    @Test
    void duplicateKeysAreReportedNotCollapsed() throws Exception {
        String json = new String(Fixture.base().bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"id\":\"urn:uuid:dup\",");
        CliRun r = inspect(json);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("DUPLICATE_KEY").contains("/id");
    }

    @Test
    void arraysGarbageAndBrokenJwsSayWhatTheyAre() throws Exception {
        assertThat(inspect("[1,2,3]").out()).contains("not a record or a credential");
        assertThat(inspect("hello").out()).contains("neither JSON nor a compact JWS");
        assertThat(inspect("a.b*.c").out()).contains("not a compact JWS");
        for (String bad : new String[] {"[1,2,3]", "hello", "a.b*.c", "{\"a\":"}) {
            CliRun r = inspect(bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(1);
            assertThat(r.err()).as(bad).doesNotContain("Exception");
        }
    }
}
