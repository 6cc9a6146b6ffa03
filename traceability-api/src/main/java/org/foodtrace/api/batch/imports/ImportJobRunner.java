package org.foodtrace.api.batch.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.foodtrace.api.batch.BatchCreated;
import org.foodtrace.api.batch.BatchRegistration;
import org.foodtrace.api.batch.NewIdentities;
import org.foodtrace.api.batch.imports.RowBinding.BoundRow;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.error.ProblemMapper;
import org.foodtrace.api.operator.OperatorDirectory;
import org.foodtrace.api.security.Caller;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job to its end: the rows without an outcome, in chunks of {@code trace.imports.chunk-size}.
 * A chunk is one transaction holding its batches' events and their outcomes; when any row of it is refused the
 * chunk rolls back and its rows run one by one, so a bad row costs the good ones nothing. Each row's batch id
 * is derived from (job, line), and rows already done are skipped under a per-job lock, so a resumed or doubly
 * started job never registers a row twice. The job is COMPLETED once the read models have its batches (waiting
 * at most {@code trace.imports.read-model-wait}), so what it lists can be read and traced at once.
 */
@Component
class ImportJobRunner {

    private static final String MALFORMED_ROW = "The row is malformed.";

    private final ImportJobStore store;
    private final RowBinding binding;
    private final BatchRegistration registration;
    private final NewIdentities identities;
    private final OperatorDirectory operators;
    private final CommandRunner commands;
    private final TransactionTemplate transactions;
    private final ProjectionProgress projections;
    private final ImportProperties properties;
    private final Clock clock;

    ImportJobRunner(ImportJobStore store, RowBinding binding, BatchRegistration registration,
                    NewIdentities identities, OperatorDirectory operators, CommandRunner commands,
                    TransactionTemplate transactions, ProjectionProgress projections, ImportProperties properties,
                    Clock clock) {
        this.store = store;
        this.binding = binding;
        this.registration = registration;
        this.identities = identities;
        this.operators = operators;
        this.commands = commands;
        this.transactions = transactions;
        this.projections = projections;
        this.properties = properties;
        this.clock = clock;
    }

    /** The id of the batch a row registers: the same for every attempt at that row. */
    static String batchIdOf(String jobId, int line) {
        return UUID.nameUUIDFromBytes(("batch-import:" + jobId + ":" + line).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Runs the job until every row has its outcome, or until {@code stopping} says the worker is stopping. */
    void run(String jobId, BooleanSupplier stopping) {
        ImportJob job = store.find(jobId).orElse(null);
        if (job == null || job.status() == ImportStatus.COMPLETED || job.status() == ImportStatus.FAILED) {
            return;
        }
        store.markRunning(jobId, clock.instant());
        List<CsvRow> rows;
        try {
            rows = BatchCsv.parse(store.csv(jobId), Integer.MAX_VALUE);
        } catch (ApiProblem unreadable) {
            store.markFinished(jobId, ImportStatus.FAILED, clock.instant(),
                    "The stored file can no longer be read: " + unreadable.getMessage());
            return;
        }
        Set<Integer> done = store.doneLines(jobId);
        List<CsvRow> pending = rows.stream().filter(row -> !done.contains(row.line())).toList();
        Caller producer = Caller.operator(job.operatorId());
        for (int from = 0; from < pending.size(); from += properties.chunkSize()) {
            stopIf(stopping);
            List<CsvRow> chunk = pending.subList(from, Math.min(pending.size(), from + properties.chunkSize()));
            runChunk(jobId, producer, chunk.stream().map(binding::bind).toList(), stopping);
        }
        projections.awaitProcessed(projections.headOfStore(), properties.readModelWait());
        store.markFinished(jobId, ImportStatus.COMPLETED, clock.instant(), null);
    }

    private void runChunk(String jobId, Caller producer, List<BoundRow> rows, BooleanSupplier stopping) {
        try {
            commands.inTransaction(List.of(), () -> {
                store.lock(jobId);
                Set<Integer> done = store.doneLines(jobId, rows.get(0).line(), rows.get(rows.size() - 1).line());
                Actor actor = operators.actorFor(producer);
                List<RowOutcome> outcomes = new ArrayList<>();
                for (BoundRow row : rows) {
                    if (!done.contains(row.line())) {
                        outcomes.add(outcome(jobId, row, actor));
                    }
                }
                store.record(jobId, outcomes, clock.instant());
                return outcomes.size();
            });
        } catch (RuntimeException refusedRow) {
            stopIf(stopping);
            rows.forEach(row -> runAlone(jobId, producer, row, stopping));
        }
    }

    private void runAlone(String jobId, Caller producer, BoundRow row, BooleanSupplier stopping) {
        try {
            commands.inTransaction(List.of(), () -> {
                store.lock(jobId);
                if (store.doneLines(jobId, row.line(), row.line()).isEmpty()) {
                    store.record(jobId, List.of(outcome(jobId, row, operators.actorFor(producer))), clock.instant());
                }
                return row.line();
            });
        } catch (RuntimeException refusal) {
            stopIf(stopping);
            ProblemDetail problem = ProblemMapper.toProblem(refusal);
            Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
            RowOutcome refused = RowOutcome.refused(row.line(), problem.getStatus(),
                    code == null ? ProblemCodes.forStatus(HttpStatusCode.valueOf(problem.getStatus())) : code.toString(),
                    problem.getDetail(), List.of());
            transactions.executeWithoutResult(status -> {
                store.lock(jobId);
                store.record(jobId, List.of(refused), clock.instant());
            });
        }
    }

    private RowOutcome outcome(String jobId, BoundRow row, Actor producer) {
        if (!row.isValid()) {
            return RowOutcome.refused(row.line(), 400, ProblemCodes.INVALID_REQUEST, MALFORMED_ROW, row.violations());
        }
        BatchCreated identity = new BatchCreated(batchIdOf(jobId, row.line()), identities.traceCode());
        registration.register(row.request(), identity, producer);
        return RowOutcome.created(row.line(), identity.batchId(), identity.traceCode());
    }

    private static void stopIf(BooleanSupplier stopping) {
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new ImportInterrupted();
        }
    }

    /** The worker is stopping: the job stays RUNNING and resumes at the next start. */
    static final class ImportInterrupted extends RuntimeException {

        ImportInterrupted() {
            super("import stopped by shutdown", null, false, false);
        }
    }
}
