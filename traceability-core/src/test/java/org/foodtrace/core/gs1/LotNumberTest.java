package org.foodtrace.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LotNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"P-2026-1120", "L2026/11", "A", "ABCDEFGHIJ0123456789", "lot_7;x"})
    void acceptsUpToTwentyCharactersOfTheGs1CharacterSet(String lot) {
        assertThat(LotNumber.of(lot).value()).isEqualTo(lot);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankLotIsMissing(String lot) {
        assertRefused(() -> LotNumber.of(lot), RuleCode.LOT_REQUIRED);
    }

    @Test
    void aMissingLotIsMissing() {
        assertRefused(() -> LotNumber.of(null), RuleCode.LOT_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHIJ01234567890", "lot 7", "批次1", "a~b", "a$b", "a#b", "tab\there"})
    void refusesLongerLotsAndCharactersOutsideTheGs1Set(String lot) {
        assertRefused(() -> LotNumber.of(lot), RuleCode.INVALID_LOT);
    }
}
