package org.foodtrace.api.command;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How writes run.
 *
 * @param maxAttempts          tries of a command that keeps losing optimistic-concurrency races (default 10)
 * @param lockAggregates       take a transaction-scoped advisory lock per aggregate first, so concurrent commands
 *                             on one batch queue instead of racing (default true); races left are retried
 * @param readYourWritesWait   how long an answer waits for the read models to reach its events (default 2 s)
 */
@ConfigurationProperties("trace.writes")
public record WriteProperties(Integer maxAttempts, Boolean lockAggregates, Duration readYourWritesWait) {

    public WriteProperties {
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 10 : maxAttempts;
        lockAggregates = lockAggregates == null || lockAggregates;
        readYourWritesWait = readYourWritesWait == null ? Duration.ofSeconds(2) : readYourWritesWait;
    }
}
