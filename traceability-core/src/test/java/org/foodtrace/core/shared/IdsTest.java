package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void randomIdsAreCanonicalUuidText() {
        assertThat(BatchId.of(BatchId.random().value())).isNotNull();
        assertThat(OperatorId.random().value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "regulator", "7A6E9B62-0B8B-4A47-9D1E-1F1E5C9D0A11", "7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a1",
            "1-2-3-4-5", "7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a11 "})
    void onlyLowerCaseCanonicalUuidTextIsAnId(String text) {
        assertRefused(() -> BatchId.of(text), RuleCode.INVALID_ID);
        assertRefused(() -> OperatorId.of(text), RuleCode.INVALID_ID);
    }
}
