package org.foodtrace.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void aGeneratedCodeIsSixteenCrockfordSymbolsThatParsesBack() {
        TraceCode code = TraceCode.generate(new SecureRandom());

        assertThat(code.value()).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(TraceCode.parse(code.value())).isEqualTo(code);
    }

    @Test
    void theLastSymbolIsTheLuhnModThirtyTwoCheckCharacterOfTheFirstFifteen() {
        String payload = "000000000000001";
        // Luhn mod N from the right: the rightmost payload symbol (value 1) is doubled, giving a sum of 2.
        char expected = ALPHABET.charAt((32 - 2) % 32);

        assertThat(TraceCode.parse(payload + expected).value()).isEqualTo(payload + "Y");
        assertThat(expected).isEqualTo('Y');
    }

    @Test
    void codesDrawnFromTheSameSourceAreNotSequentialNorRepeated() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> codes = new HashSet<>();
        String previous = TraceCode.generate(random).value();
        for (int i = 0; i < 10_000; i++) {
            String next = TraceCode.generate(random).value();
            assertThat(codes.add(next)).isTrue();
            assertThat(commonPrefix(previous, next)).isLessThan(8);
            previous = next;
        }
    }

    @Test
    void parsingIgnoresCaseHyphensAndSpacesAndReadsCrockfordAliases() {
        TraceCode code = TraceCode.generate(new SplittableRandom(7));
        String typed = code.grouped().toLowerCase().replace('-', ' ').replace("0", "o").replace("1", "l");

        assertThat(TraceCode.parse(typed)).isEqualTo(code);
        assertThat(TraceCode.parse(code.grouped())).isEqualTo(code);
    }

    @Test
    void anyChangedSymbolIsCaughtByTheCheckCharacter() {
        String code = TraceCode.generate(new SplittableRandom(3)).value();
        for (int position = 0; position < 15; position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == code.charAt(position)) {
                    continue;
                }
                String altered = code.substring(0, position) + replacement + code.substring(position + 1);
                assertRefused(() -> TraceCode.parse(altered), RuleCode.CHECK_CHARACTER_MISMATCH);
            }
        }
    }

    @Test
    void swappingTwoNeighbouringSymbolsIsCaughtByTheCheckCharacter() {
        String code = TraceCode.generate(new SplittableRandom(5)).value();
        for (int position = 0; position < 14; position++) {
            if (code.charAt(position) == code.charAt(position + 1)) {
                continue;
            }
            String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
                    + code.substring(position + 2);
            assertRefused(() -> TraceCode.parse(swapped), RuleCode.CHECK_CHARACTER_MISMATCH);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC", "0123456789ABCDEFG", "0123456789ABCDEU", "0123456789ABCDE!", "0123456789ABCDEé"})
    void malformedInputIsNotATraceCode(String text) {
        assertRefused(() -> TraceCode.parse(text), RuleCode.INVALID_TRACE_CODE);
    }

    @Test
    void nullIsNotATraceCode() {
        assertRefused(() -> TraceCode.parse(null), RuleCode.INVALID_TRACE_CODE);
    }

    @Test
    void hugeInputIsRefusedWithoutBeingRead() {
        assertRefused(() -> TraceCode.parse("-".repeat(1_000_000)), RuleCode.INVALID_TRACE_CODE);
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
