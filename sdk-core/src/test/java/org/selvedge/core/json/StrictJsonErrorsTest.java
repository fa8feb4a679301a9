package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.core.JsonLimits;

/** Syntax and limit errors carry the JSON Pointer the parser knew, and messages in our own words. */
class StrictJsonErrorsTest {

    static JsonInputException error(String json) {
        return error(json, JsonLimits.DEFAULT);
    }

    static JsonInputException error(String json, JsonLimits limits) {
        try {
            StrictJson.parse(json.getBytes(StandardCharsets.UTF_8), limits);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aStringOverTheLimitIsReportedAtItsPath() {
        JsonInputException e = error("{\"producers\":[{},{},{\"s\":\"" + "x".repeat(70_000) + "\"}]}");
        assertThat(e.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
        assertThat(e.path()).isEqualTo("/producers/2/s");
        assertThat(e.getMessage()).startsWith("string of ").contains("+ characters is over the limit of 65536 characters");
    }

    @Test
    void otherLimitsSayWhichLimitInOurWords() {
        JsonInputException number = error("{\"a\":[" + "9".repeat(100) + "]}");
        assertThat(number.path()).isEqualTo("/a/0");
        assertThat(number.getMessage()).isEqualTo("number literal of 100 characters is over the limit of 64 characters");
        JsonInputException deep = error("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertThat(deep.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
        assertThat(deep.getMessage()).isEqualTo("nesting depth of arrays and objects is over the limit of 64");
        assertThat(deep.path()).startsWith("/a/0/0");
        JsonInputException name = error("{\"a\":{\"" + "k".repeat(70_000) + "\":1}}");
        assertThat(name.getMessage()).startsWith("member name of ").endsWith("over the limit of 65536 characters");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":[NaN]}|/a/0|Non-standard token 'NaN'",
            "{\"a\":[1,Infinity]}|/a/1|Non-standard token 'Infinity'",
            "{\"a\":+1}|/a|plus signs",
            "{\"b\":{/* c */}}|/b|comment",
            "{\"a\": [1, 2|/a/1|end-of-input",
            "{\"x\":{\"a\":1 \"b\":2}}|/x/a|comma"})
    void syntaxErrorsCarryThePathAndNoJacksonConfiguration(String json, String path, String says) {
        JsonInputException e = error(json);
        assertThat(e.code()).isEqualTo(ViolationCode.MALFORMED_JSON);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).contains(says).contains("line 1, column")
                .doesNotContain("`").doesNotContain("JsonReadFeature").doesNotContain("StreamReadConstraints")
                .doesNotContain("StreamReadFeature").doesNotContain("Source:").doesNotContain("ALLOW_");
    }

    @Test
    void cleanKeepsWhatAPersonCanUse() {
        assertThat(StrictJson.clean("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
                .isEqualTo("Non-standard token 'NaN'");
        assertThat(StrictJson.clean("Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED"
                + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 7])"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Array (start marker at line 1, column 7)");
        assertThat(StrictJson.clean("Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token"
                + " 'null', 'true' or 'false')")).contains("was expecting (JSON String");
    }

    @Test
    void theRootAndTrailingContentHaveTheEmptyPath() {
        assertThat(error("{\"a\":1} x").path()).isEmpty();
        assertThat(error("").path()).isEmpty();
        assertThat(error("{'a':1}").path()).isEmpty();
    }
}
