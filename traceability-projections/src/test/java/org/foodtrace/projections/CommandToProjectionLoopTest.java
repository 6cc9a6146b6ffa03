package org.foodtrace.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The whole loop on real PostgreSQL: command gateway → aggregate → event row → pooled processor → read model. */
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class CommandToProjectionLoopTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OperatorRegistryQueries operators;

    @Test
    void aCommandIsStoredAsAnEventRowAndReachesItsReadModel() throws InterruptedException {
        String operatorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterOperator(operatorId, "Pinggang Pig Farm", OperatorKind.FARM, "GD-YJ-0001",
                "441702", false, Instant.parse("2026-11-23T08:00:00Z")));

        Map<String, Object> row = jdbc.queryForMap("SELECT type, sequencenumber, payloadtype, payloadrevision, payload"
                + " FROM domainevententry WHERE aggregateidentifier = ?", operatorId);
        assertThat(row.get("type")).isEqualTo("Operator");
        assertThat(row.get("sequencenumber")).isEqualTo(0L);
        assertThat((String) row.get("payloadtype")).endsWith("OperatorRegistered");
        assertThat(row.get("payloadrevision")).isEqualTo("1");
        String json = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\":\"Pinggang Pig Farm\"").contains("\"region\":\"441702\"");

        OperatorRecord projected = awaitProjected(operatorId, Duration.ofSeconds(10));
        assertThat(projected.name()).isEqualTo("Pinggang Pig Farm");
        assertThat(projected.kind()).isEqualTo(OperatorKind.FARM);
        assertThat(projected.status()).isEqualTo(OperatorStatus.ACTIVE);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    private OperatorRecord awaitProjected(String operatorId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<OperatorRecord> found = operators.find(operatorId);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("operator " + operatorId + " did not reach the operator registry in " + timeout);
    }
}
