package org.foodtrace.api.command;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.foodtrace.api.error.ProblemMapper;
import org.springframework.stereotype.Component;

/**
 * Runs a transaction again when it lost an optimistic-concurrency race (another command appended to the same
 * aggregate first) or a lock conflict, with a short randomised back-off; the last failure escapes. Each retry
 * is counted in {@code trace.writes.retries}.
 */
@Component
class ConcurrencyRetry {

    private final Counter retries;

    ConcurrencyRetry(MeterRegistry meters) {
        this.retries = Counter.builder("trace.writes.retries")
                .description("Write transactions run again after losing a concurrency race")
                .register(meters);
    }

    <T> T run(int maxAttempts, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= maxAttempts || !ProblemMapper.isConcurrencyConflict(failure)) {
                    throw failure;
                }
                retries.increment();
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        long bound = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }
}
