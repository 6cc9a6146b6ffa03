package org.foodtrace.projections.gs1;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code gs1_lot}: one keyed row per producer's lot that carries a GTIN and a lot number. */
@Component
@ProcessingGroup(ProcessingGroups.GS1_INDEX)
class Gs1Projection {

    private final JdbcClient jdbc;

    Gs1Projection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BatchRegistered e) {
        index(e.gtin(), e.lot(), e.batchId(), e.at());
    }

    @EventHandler
    void on(BatchDerived e) {
        if (e.derivation() == Derivation.TRANSFORM) {
            index(e.gtin(), e.lot(), e.batchId(), e.at());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM gs1_lot").update();
    }

    private void index(String gtin, String lot, String batchId, Instant at) {
        if (gtin == null || lot == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO gs1_lot (gtin, lot, batch_id, registered_at) VALUES (:gtin, :lot, :batchId, :at)
                        ON CONFLICT (gtin, lot, batch_id) DO NOTHING""")
                .param("gtin", gtin)
                .param("lot", lot)
                .param("batchId", batchId)
                .param("at", Columns.timestamp(at))
                .update();
    }
}
