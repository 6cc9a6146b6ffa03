package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @Test
    void aNegativeAmountIsRefused() {
        assertRefused(() -> Quantity.of("-0.5", QuantityUnit.KG), RuleCode.INVALID_QUANTITY);
    }

    @Test
    void anAmountNeedsAUnit() {
        assertRefused(() -> new Quantity(BigDecimal.ONE, null), RuleCode.INVALID_QUANTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e13", "1000000000000", "0.0000001", "1e-7"})
    void amountsBeyondTwelveIntegerDigitsOrSixDecimalsAreRefused(String amount) {
        assertRefused(() -> Quantity.of(amount, QuantityUnit.KG), RuleCode.INVALID_QUANTITY);
    }

    @Test
    void anAbsurdExponentIsRefusedWithoutExpandingIt() {
        assertRefused(() -> Quantity.of("1e999999999", QuantityUnit.KG), RuleCode.INVALID_QUANTITY);
    }

    @Test
    void equalAmountsWrittenDifferentlyAreEqual() {
        assertThat(Quantity.of("120.50", QuantityUnit.KG)).isEqualTo(Quantity.of("120.5", QuantityUnit.KG));
        assertThat(Quantity.of("1.5E+3", QuantityUnit.KG)).isEqualTo(Quantity.of(1500, QuantityUnit.KG));
        assertThat(Quantity.of("1500.000", QuantityUnit.KG).amount().toString()).isEqualTo("1500");
        assertThat(Quantity.of("0.00", QuantityUnit.KG)).isEqualTo(Quantity.zero(QuantityUnit.KG));
    }

    @Test
    void addsAndSubtractsInOneUnit() {
        Quantity ten = Quantity.of(10, QuantityUnit.HEAD);

        assertThat(ten.plus(Quantity.of(5, QuantityUnit.HEAD))).isEqualTo(Quantity.of(15, QuantityUnit.HEAD));
        assertThat(ten.minus(Quantity.of(10, QuantityUnit.HEAD)).isZero()).isTrue();
    }

    @Test
    void mixingUnitsIsAUnitMismatch() {
        assertRefused(() -> Quantity.of(1, QuantityUnit.KG).plus(Quantity.of(1, QuantityUnit.L)), RuleCode.UNIT_MISMATCH);
        assertRefused(() -> Quantity.of(1, QuantityUnit.KG).compareTo(Quantity.of(1, QuantityUnit.HEAD)),
                RuleCode.UNIT_MISMATCH);
    }

    @Test
    void takingMoreThanThereIsIsInsufficient() {
        assertRefused(() -> Quantity.of("1", QuantityUnit.KG).minus(Quantity.of("1.001", QuantityUnit.KG)),
                RuleCode.INSUFFICIENT_QUANTITY);
    }

    @Test
    void comparesAmountsInTheSameUnit() {
        assertThat(Quantity.of("2.5", QuantityUnit.L).compareTo(Quantity.of("2.50", QuantityUnit.L))).isZero();
        assertThat(Quantity.of("2.5", QuantityUnit.L).compareTo(Quantity.of("3", QuantityUnit.L))).isNegative();
        assertThat(Quantity.of("0.001", QuantityUnit.L).isPositive()).isTrue();
    }

    @Test
    void printsThePlainAmountAndTheUnitSymbol() {
        assertThat(Quantity.of("1.5E+3", QuantityUnit.KG)).hasToString("1500 kg");
    }
}
