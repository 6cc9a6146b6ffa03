package org.foodtrace.projections.recall.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the recall process sends its commands.
 *
 * @param markingThreads  commands in flight at once (each holds a database connection while it runs)
 * @param commandAttempts tries per batch when it loses an optimistic-concurrency race
 */
@ConfigurationProperties("trace.recall")
public record RecallProcessProperties(int markingThreads, int commandAttempts) {

    public RecallProcessProperties {
        if (markingThreads <= 0) {
            markingThreads = 4;
        }
        if (commandAttempts <= 0) {
            commandAttempts = 5;
        }
    }
}
