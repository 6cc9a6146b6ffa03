package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuantityUnitTest {

    @ParameterizedTest
    @EnumSource(QuantityUnit.class)
    void eachUnitIsReadBackFromItsSymbol(QuantityUnit unit) {
        assertThat(QuantityUnit.fromSymbol(unit.symbol())).isEqualTo(unit);
    }

    @Test
    void theApiSymbolsAreKgHeadUnitAndL() {
        assertThat(QuantityUnit.values()).extracting(QuantityUnit::symbol).containsExactly("kg", "head", "unit", "l");
    }

    @Test
    void anUnknownSymbolIsAnInvalidUnit() {
        assertRefused(() -> QuantityUnit.fromSymbol("KG"), RuleCode.INVALID_UNIT);
        assertRefused(() -> QuantityUnit.fromSymbol(null), RuleCode.INVALID_UNIT);
    }
}
