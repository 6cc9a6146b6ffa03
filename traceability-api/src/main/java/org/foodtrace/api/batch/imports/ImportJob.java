package org.foodtrace.api.batch.imports;

import java.time.Instant;

/** An import job as stored: whose it is, where it stands, how many batch rows its file has. */
record ImportJob(String jobId, String operatorId, ImportStatus status, int total, Instant submittedAt,
                 Instant startedAt, Instant finishedAt, String failure) {
}
