package org.foodtrace.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({
            "96385074,       00000096385074",
            "036000291452,   00036000291452",
            "6901234567892,  06901234567892",
            "10614141000019, 10614141000019"
    })
    void acceptsGtin8_12_13_14WithCorrectCheckDigitAsFourteenDigits(String raw, String gtin14) {
        assertThat(Gtin.of(raw).value()).isEqualTo(gtin14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"96385075", "036000291453", "6901234567891", "10614141000010"})
    void refusesAWrongCheckDigit(String raw) {
        assertRefused(() -> Gtin.of(raw), RuleCode.INVALID_GTIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "123456789", "12345678901", "123456789012345", "6901234567a92",
            " 6901234567892", "００００９６３８５０７４", "00000000000000"})
    void refusesAnythingButEight_Twelve_ThirteenOrFourteenDigits(String raw) {
        assertRefused(() -> Gtin.of(raw), RuleCode.INVALID_GTIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"96385074", "00000096385074"})
    void equalGtinsInShortAndLongFormAreEqual(String raw) {
        assertThat(Gtin.of(raw)).isEqualTo(Gtin.of("0000096385074"));
    }
}
