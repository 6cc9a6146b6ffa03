package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void scriptAndSqlAreKeptVerbatim() {
        String hostile = "<script>alert(1)</script>'; DROP TABLE batch; --";
        assertThat(Text.required(hostile, "product")).isEqualTo(hostile);
    }

    @Test
    void requiredTextCannotBeBlank() {
        assertRefused(() -> Text.required("  ", "product"), RuleCode.INVALID_TEXT);
        assertRefused(() -> Text.required(null, "product"), RuleCode.INVALID_TEXT);
    }

    @Test
    void textIsAtMostTwoHundredCharacters() {
        assertThat(Text.optional("x".repeat(200), "buyer")).hasSize(200);
        assertRefused(() -> Text.optional("x".repeat(201), "buyer"), RuleCode.INVALID_TEXT);
    }

    @Test
    void textHoldsNoControlCharacters() {
        assertRefused(() -> Text.optional("line\nbreak", "buyer"), RuleCode.INVALID_TEXT);
        assertRefused(() -> Text.optional("nul\u0000", "buyer"), RuleCode.INVALID_TEXT);
    }

    @Test
    void textIsWellFormedUnicodeWithoutLoneSurrogates() {
        assertThat(Text.optional("猪肉 \uD83D\uDC37 pork", "product")).isEqualTo("猪肉 🐷 pork");
        assertRefused(() -> Text.optional("\uD800", "product"), RuleCode.INVALID_TEXT);
        assertRefused(() -> Text.optional("\uDFFF lone", "product"), RuleCode.INVALID_TEXT);
        assertRefused(() -> Text.optional("pair reversed \uDC37\uD83D", "product"), RuleCode.INVALID_TEXT);
    }

    @Test
    void optionalTextMayBeAbsent() {
        assertThat(Text.optional(null, "buyer")).isNull();
    }
}
