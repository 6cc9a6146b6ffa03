package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @Test
    void aRegionIsSixDigits() {
        assertThat(RegionCode.of("441702").value()).isEqualTo("441702");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "44170", "4417020", "44170A", " 441702", "４４１７０２"})
    void anythingElseIsAnInvalidRegion(String region) {
        assertRefused(() -> RegionCode.of(region), RuleCode.INVALID_REGION);
    }
}
