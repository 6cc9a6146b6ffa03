package org.foodtrace.projections.trace;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainStep;
import org.foodtrace.projections.ProcessingGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code trace_chain}: checks each batch event's hash against the batch's running head as it applies it,
 * so a trace look-up reads the verdict instead of recomputing the chain. It sees the events as they are when it
 * reads them (live, or on replay); a change made in the event store after that is found by the regulator's
 * verification. Idempotent: an event at or before the last applied sequence number is skipped.
 */
@Component
@ProcessingGroup(ProcessingGroups.TRACE_VIEW)
class TraceChainProjection {

    private static final Package BATCH_EVENTS = BatchRegistered.class.getPackage();

    private final JdbcClient jdbc;

    TraceChainProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (event.getClass().getPackage() != BATCH_EVENTS) {
            return;
        }
        String batchId = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        Optional<Head> known = jdbc.sql("SELECT head_hash, last_sequence FROM trace_chain WHERE batch_id = :batchId")
                .param("batchId", batchId)
                .query((rs, rowNum) -> new Head(ChainHash.ofNullable(rs.getString("head_hash")),
                        rs.getLong("last_sequence")))
                .optional();
        if (known.isPresent() && sequence <= known.get().sequence()) {
            return;
        }
        ChainStep step = ChainStep.check(known.map(Head::hash).orElse(null), event, message.getMetaData());
        jdbc.sql("""
                        INSERT INTO trace_chain (batch_id, head_hash, last_sequence, unhashed_events, broken_at)
                        VALUES (:batchId, :head, :sequence, :unhashed, :brokenAt)
                        ON CONFLICT (batch_id) DO UPDATE SET head_hash = EXCLUDED.head_hash,
                            last_sequence = EXCLUDED.last_sequence,
                            unhashed_events = trace_chain.unhashed_events + EXCLUDED.unhashed_events,
                            broken_at = COALESCE(trace_chain.broken_at, EXCLUDED.broken_at)""")
                .param("batchId", batchId)
                .param("head", step.headAfter() == null ? null : step.headAfter().hex())
                .param("sequence", sequence)
                .param("unhashed", step.outcome() == ChainStep.Outcome.UNHASHED ? 1 : 0)
                .param("brokenAt", step.outcome() == ChainStep.Outcome.BROKEN ? sequence : null)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM trace_chain").update();
    }

    private record Head(ChainHash hash, long sequence) {
    }
}
