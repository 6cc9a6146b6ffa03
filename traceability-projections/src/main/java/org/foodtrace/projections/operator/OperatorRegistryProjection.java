package org.foodtrace.projections.operator;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code operator_registry}: inserted once per operator, status changes applied in sequence order. */
@Component
@ProcessingGroup(ProcessingGroups.OPERATOR_REGISTRY)
class OperatorRegistryProjection {

    private final JdbcClient jdbc;

    OperatorRegistryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperatorRegistered event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO operator_registry (operator_id, name, kind, license_number, region,
                            designated_slaughterhouse, status, registered_at, last_sequence)
                        VALUES (:operatorId, :name, :kind, :licenseNumber, :region, :designated, :status,
                            :registeredAt, :sequence)
                        ON CONFLICT (operator_id) DO NOTHING""")
                .param("operatorId", event.operatorId())
                .param("name", event.name())
                .param("kind", event.kind().name())
                .param("licenseNumber", event.licenseNumber())
                .param("region", event.region())
                .param("designated", event.designatedSlaughterhouse())
                .param("status", OperatorStatus.ACTIVE.name())
                .param("registeredAt", Columns.timestamp(event.at()))
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(OperatorSuspended event, @SequenceNumber long sequence) {
        changeStatus(event.operatorId(), OperatorStatus.SUSPENDED, event.reason(), event.at(), sequence);
    }

    @EventHandler
    void on(OperatorReinstated event, @SequenceNumber long sequence) {
        changeStatus(event.operatorId(), OperatorStatus.ACTIVE, null, event.at(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM operator_registry").update();
    }

    private void changeStatus(String operatorId, OperatorStatus status, String reason, Instant at, long sequence) {
        int changed = jdbc.sql("""
                        UPDATE operator_registry
                        SET status = :status, status_reason = :reason, status_changed_at = :at,
                            last_sequence = :sequence
                        WHERE operator_id = :operatorId AND last_sequence < :sequence""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Columns.timestamp(at))
                .param("sequence", sequence)
                .param("operatorId", operatorId)
                .update();
        if (changed == 0 && !exists(operatorId)) {
            throw new IllegalStateException("operator " + operatorId + " is not in the registry yet");
        }
    }

    private boolean exists(String operatorId) {
        return jdbc.sql("SELECT count(*) FROM operator_registry WHERE operator_id = :operatorId")
                .param("operatorId", operatorId).query(Long.class).single() > 0;
    }
}
