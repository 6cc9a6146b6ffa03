package org.foodtrace.projections.trace;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.projections.ProcessingGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code trace_operator}: the public name and region of each operator, nothing more. */
@Component
@ProcessingGroup(ProcessingGroups.TRACE_VIEW)
class TraceOperatorProjection {

    private final JdbcClient jdbc;

    TraceOperatorProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperatorRegistered event) {
        jdbc.sql("""
                        INSERT INTO trace_operator (operator_id, name, region) VALUES (:operatorId, :name, :region)
                        ON CONFLICT (operator_id) DO NOTHING""")
                .param("operatorId", event.operatorId())
                .param("name", event.name())
                .param("region", event.region())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM trace_operator").update();
    }
}
