package org.foodtrace.api.batch.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How CSV imports run.
 *
 * @param workers     threads that run import jobs, one job each at a time (default 1; 0 accepts jobs but leaves
 *                    them queued for another node or the next start)
 * @param chunkSize   rows registered per database transaction (default 100); a chunk with a refused row is
 *                    rolled back and run again row by row
 * @param maxFileSize largest accepted CSV file (default 16 MiB), instead of the 1 MiB limit of other bodies
 * @param maxRows     most batch rows in one file (default 50,000)
 * @param pageSize    most row outcomes in one answer of the job resource (default 1,000)
 * @param readModelWait how long a finished job waits for the read models to reach its batches before it is
 *                    COMPLETED (default 30 s)
 */
@ConfigurationProperties("trace.imports")
public record ImportProperties(Integer workers, Integer chunkSize, DataSize maxFileSize, Integer maxRows,
                               Integer pageSize, Duration readModelWait) {

    public ImportProperties {
        workers = workers == null || workers < 0 ? 1 : workers;
        chunkSize = chunkSize == null || chunkSize < 1 ? 100 : chunkSize;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(16) : maxFileSize;
        maxRows = maxRows == null || maxRows < 1 ? 50_000 : maxRows;
        pageSize = pageSize == null || pageSize < 1 ? 1_000 : pageSize;
        readModelWait = readModelWait == null ? Duration.ofSeconds(30) : readModelWait;
    }
}
