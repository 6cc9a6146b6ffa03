package org.foodtrace.api.command;

import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.springframework.stereotype.Component;

/** Holds a write's answer until every read model has processed the event store up to (at least) that write. */
@Component
class ReadYourWrites {

    private final ProjectionProgress progress;
    private final WriteProperties properties;

    ReadYourWrites(ProjectionProgress progress, WriteProperties properties) {
        this.progress = progress;
        this.properties = properties;
    }

    void await() {
        progress.awaitProcessed(progress.headOfStore(), properties.readYourWritesWait());
    }
}
