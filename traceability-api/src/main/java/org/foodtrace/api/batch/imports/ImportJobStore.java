package org.foodtrace.api.batch.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.foodtrace.api.error.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable state of import jobs: the uploaded file, the status, and one outcome per processed row. Every
 * method joins the caller's transaction, so a row's outcome commits with the batch it registered.
 */
@Component
class ImportJobStore {

    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void create(ImportJob job, byte[] csv) {
        jdbc.sql("""
                INSERT INTO batch_import_job (job_id, operator_id, status, total_rows, csv, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(job.jobId(), job.operatorId(), job.status().name(), job.total(), csv,
                        Timestamp.from(job.submittedAt()))
                .update();
    }

    Optional<ImportJob> find(String jobId) {
        return jdbc.sql("""
                SELECT job_id, operator_id, status, total_rows, submitted_at, started_at, finished_at, failure
                FROM batch_import_job WHERE job_id = ?""")
                .param(jobId).query(ImportJobStore::job).optional();
    }

    byte[] csv(String jobId) {
        return jdbc.sql("SELECT csv FROM batch_import_job WHERE job_id = ?").param(jobId)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    /** Jobs not yet COMPLETED or FAILED, oldest first: what a starting node resumes. */
    List<String> unfinished() {
        return jdbc.sql("""
                SELECT job_id FROM batch_import_job WHERE status IN ('QUEUED', 'RUNNING')
                ORDER BY submitted_at, job_id""").query(String.class).list();
    }

    void markRunning(String jobId, Instant at) {
        jdbc.sql("""
                UPDATE batch_import_job SET status = 'RUNNING', started_at = COALESCE(started_at, ?)
                WHERE job_id = ? AND status IN ('QUEUED', 'RUNNING')""")
                .params(Timestamp.from(at), jobId).update();
    }

    void markFinished(String jobId, ImportStatus status, Instant at, String failure) {
        jdbc.sql("""
                UPDATE batch_import_job SET status = ?, finished_at = ?, failure = ?
                WHERE job_id = ? AND status IN ('QUEUED', 'RUNNING')""")
                .params(status.name(), Timestamp.from(at), failure, jobId).update();
    }

    /** Holds the job for the rest of the transaction, so two workers (two nodes) never process it at once. */
    void lock(String jobId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("batch-import:" + jobId)
                .query((rs, row) -> 1).list();
    }

    Set<Integer> doneLines(String jobId) {
        return new HashSet<>(jdbc.sql("SELECT line FROM batch_import_row WHERE job_id = ?").param(jobId)
                .query(Integer.class).list());
    }

    Set<Integer> doneLines(String jobId, int fromLine, int toLine) {
        return new HashSet<>(jdbc.sql("SELECT line FROM batch_import_row WHERE job_id = ? AND line BETWEEN ? AND ?")
                .params(jobId, fromLine, toLine).query(Integer.class).list());
    }

    void record(String jobId, List<RowOutcome> outcomes, Instant at) {
        Timestamp recordedAt = Timestamp.from(at);
        template.batchUpdate("""
                INSERT INTO batch_import_row (job_id, line, batch_id, trace_code, status, code, message, violations,
                                              recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, line) DO NOTHING""",
                outcomes, outcomes.size(), (statement, outcome) -> {
                    statement.setString(1, jobId);
                    statement.setInt(2, outcome.line());
                    statement.setString(3, outcome.batchId());
                    statement.setString(4, outcome.traceCode());
                    statement.setObject(5, outcome.status());
                    statement.setString(6, outcome.code());
                    statement.setString(7, outcome.message());
                    statement.setString(8, outcome.violations().isEmpty() ? null
                            : json.writeValueAsString(outcome.violations()));
                    statement.setTimestamp(9, recordedAt);
                });
    }

    Progress progress(String jobId) {
        return jdbc.sql("""
                SELECT count(batch_id), count(code) FROM batch_import_row WHERE job_id = ?""")
                .param(jobId).query((rs, row) -> new Progress(rs.getInt(1), rs.getInt(2))).single();
    }

    /** Rows that registered a batch, and rows refused, so far. */
    record Progress(int succeeded, int failed) {
    }

    /** Up to {@code limit} outcomes after the given line, in line order. */
    List<RowOutcome> outcomes(String jobId, int afterLine, int limit) {
        return jdbc.sql("""
                SELECT line, batch_id, trace_code, status, code, message, violations FROM batch_import_row
                WHERE job_id = ? AND line > ? ORDER BY line LIMIT ?""")
                .params(jobId, afterLine, limit)
                .query((rs, row) -> new RowOutcome(rs.getInt("line"), rs.getString("batch_id"),
                        rs.getString("trace_code"), (Integer) rs.getObject("status"), rs.getString("code"),
                        rs.getString("message"), violations(rs.getString("violations"))))
                .list();
    }

    private List<Violation> violations(String stored) {
        return stored == null ? List.of() : json.readValue(stored, VIOLATIONS);
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getString("job_id"), rs.getString("operator_id"),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("failure"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
