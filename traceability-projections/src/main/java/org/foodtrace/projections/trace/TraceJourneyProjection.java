package org.foodtrace.projections.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.TestResult;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code trace_step} and {@code trace_inspection}, keyed by batch and event sequence number. A derived
 * batch records its own birth step (slaughter, split, dispatch, transformation) done by the holder of its parent,
 * so a lot's journey holds only the moves that led to it, not its parent's moves towards other lots.
 */
@Component
@ProcessingGroup(ProcessingGroups.TRACE_VIEW)
class TraceJourneyProjection {

    static final String BETA_AGONIST_METHOD = "beta-agonist test before slaughter";

    private final JdbcClient jdbc;

    TraceJourneyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BatchRegistered e, @SequenceNumber long sequence) {
        step(e.batchId(), sequence, JourneyStepKind.REGISTERED, e.at(), e.producerOperatorId());
    }

    @EventHandler
    void on(BatchDerived e, @SequenceNumber long sequence) {
        step(e.batchId(), sequence, JourneyStepKind.valueOf(e.derivation().name()), e.at(), e.holderOperatorId());
    }

    @EventHandler
    void on(BatchOriginExited e, @SequenceNumber long sequence) {
        step(e.batchId(), sequence, JourneyStepKind.ORIGIN_EXIT, e.at(), e.operatorId());
    }

    @EventHandler
    void on(BatchAdmitted e, @SequenceNumber long sequence) {
        step(e.batchId(), sequence, JourneyStepKind.MARKET_ENTRY, e.at(), e.operatorId());
    }

    @EventHandler
    void on(BatchRejected e, @SequenceNumber long sequence) {
        step(e.batchId(), sequence, JourneyStepKind.ENTRY_REFUSED, e.at(), e.operatorId());
    }

    @EventHandler
    void on(BatchInspected e, @SequenceNumber long sequence) {
        inspection(e.batchId(), sequence, 0, new Result(e.analyte(), e.method(), e.value(), e.unit(), e.limit(),
                e.verdict()), e.at(), e.operatorId());
    }

    @EventHandler
    void on(BatchSlaughtered e, @SequenceNumber long sequence) {
        betaAgonist(e.batchId(), sequence, e.betaAgonistTest(), e.at(), e.operatorId());
    }

    @EventHandler
    void on(BetaAgonistTestFailed e, @SequenceNumber long sequence) {
        betaAgonist(e.batchId(), sequence, e.betaAgonistTest(), e.at(), e.operatorId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM trace_inspection").update();
        jdbc.sql("DELETE FROM trace_step").update();
    }

    private void step(String batchId, long sequence, JourneyStepKind kind, Instant at, String operatorId) {
        jdbc.sql("""
                        INSERT INTO trace_step (batch_id, sequence_number, step, at, operator_id)
                        VALUES (:batchId, :sequence, :step, :at, :operatorId)
                        ON CONFLICT (batch_id, sequence_number) DO NOTHING""")
                .param("batchId", batchId)
                .param("sequence", sequence)
                .param("step", kind.name())
                .param("at", Columns.timestamp(at))
                .param("operatorId", operatorId)
                .update();
    }

    private void betaAgonist(String batchId, long sequence, BetaAgonistTest test, Instant at, String operatorId) {
        List<Result> results = List.of(
                betaAgonistResult("clenbuterol", test.clenbuterol()),
                betaAgonistResult("ractopamine", test.ractopamine()),
                betaAgonistResult("salbutamol", test.salbutamol()));
        for (int position = 0; position < results.size(); position++) {
            inspection(batchId, sequence, position, results.get(position), at, operatorId);
        }
    }

    private static Result betaAgonistResult(String analyte, TestResult result) {
        return new Result(analyte, BETA_AGONIST_METHOD, null, null, null,
                result == TestResult.NEGATIVE ? Verdict.PASS : Verdict.FAIL);
    }

    private void inspection(String batchId, long sequence, int position, Result result, Instant at,
                            String operatorId) {
        jdbc.sql("""
                        INSERT INTO trace_inspection (batch_id, sequence_number, position, analyte, method, value,
                            unit, limit_value, verdict, at, operator_id)
                        VALUES (:batchId, :sequence, :position, :analyte, :method, :value, :unit, :limit, :verdict,
                            :at, :operatorId)
                        ON CONFLICT (batch_id, sequence_number, position) DO NOTHING""")
                .param("batchId", batchId)
                .param("sequence", sequence)
                .param("position", position)
                .param("analyte", result.analyte())
                .param("method", result.method())
                .param("value", result.value())
                .param("unit", result.unit())
                .param("limit", result.limit())
                .param("verdict", result.verdict().name())
                .param("at", Columns.timestamp(at))
                .param("operatorId", operatorId)
                .update();
    }

    private record Result(String analyte, String method, BigDecimal value, String unit, BigDecimal limit,
                          Verdict verdict) {
    }
}
