package org.foodtrace.api.command;

import org.foodtrace.api.error.DatabaseUnavailable;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds a write's answer until every read model has processed the event store up to (at least) that write. The
 * write is already committed: if the database becomes unreachable while waiting, the answer goes out anyway, so a
 * committed write is not reported as failed.
 */
@Component
class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final ProjectionProgress progress;
    private final WriteProperties properties;

    ReadYourWrites(ProjectionProgress progress, WriteProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    void await() {
        try {
            progress.awaitProcessed(progress.headOfStore(), properties.readYourWritesWait());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            log.warn("Committed write answered without waiting for the read models: database unavailable");
        }
    }
}
