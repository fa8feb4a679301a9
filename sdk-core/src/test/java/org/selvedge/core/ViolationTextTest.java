package org.selvedge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;

/** How violations read as text. */
class ViolationTextTest {
    @Test
    void theRootIsShownAsTheRecord() {
        assertThat(new Violation(ViolationCode.MALFORMED_JSON, "", "document is empty")).hasToString(
                "MALFORMED_JSON at (record): document is empty");
        assertThat(new Violation(ViolationCode.INVALID_FIELD, "/", "x")).hasToString("INVALID_FIELD at /: x");
        assertThat(new RecordFormatException(List.of(new Violation(ViolationCode.MALFORMED_JSON, "", "document is empty"))))
                .hasMessage("MALFORMED_JSON at (record): document is empty");
    }
}
