package org.foodtrace.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.foodtrace.core.operator.OperatorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Every JSON value must have the contract's type: no coercion of numbers, text, booleans, enums or dates. */
class StrictJsonConfigurationTest {

    record Body(String name, OperatorKind kind, BigDecimal amount, Integer count, Boolean flag, LocalDate on) {
    }

    private final JsonMapper json = strictMapper();

    @Test
    void valuesOfTheRightTypeAreRead() {
        Body body = json.readValue("""
                {"name": "Farm", "kind": "FARM", "amount": 12.5, "count": 3, "flag": true, "on": "2026-11-20"}""",
                Body.class);

        assertThat(body).isEqualTo(new Body("Farm", OperatorKind.FARM, new BigDecimal("12.5"), 3, true,
                LocalDate.parse("2026-11-20")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": 1}", "{\"name\": 1.5}", "{\"name\": true}",
            "{\"kind\": 3}",
            "{\"amount\": \"1\"}", "{\"count\": \"3\"}",
            "{\"flag\": \"true\"}", "{\"flag\": 1}",
            "{\"on\": 20261120}", "{\"on\": \"2026-11-20T00:00:00Z\"}"})
    void aValueOfAnotherTypeIsRefused(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(JacksonException.class);
    }

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonConfiguration().strictJsonTypes().customize(builder);
        return builder.build();
    }
}
