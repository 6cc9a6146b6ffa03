package org.foodtrace.reliability;

import org.foodtrace.reliability.Http.Reply;

/** One request of a load or probe loop: what it was, when it started and ended (nanoTime), and its answer. */
record Outcome(String kind, long startNanos, long endNanos, Reply reply) {

    long millis() {
        return (endNanos - startNanos) / 1_000_000;
    }

    /** Started after the first instant and answered before the second: wholly inside that window. */
    boolean within(long fromNanos, long toNanos) {
        return startNanos - fromNanos >= 0 && toNanos - endNanos >= 0;
    }

    boolean overlaps(long fromNanos, long toNanos) {
        return endNanos - fromNanos >= 0 && toNanos - startNanos >= 0;
    }

    /** A 503 problem+json naming the database outage, with Retry-After. */
    boolean isDatabaseUnavailableProblem() {
        return reply.status() == 503 && reply.contentType().startsWith("application/problem+json")
                && "DATABASE_UNAVAILABLE".equals(code()) && !reply.retryAfter().isEmpty()
                && reply.body().contains("\"type\"") && reply.body().contains("\"title\"")
                && reply.body().contains("\"detail\"");
    }

    String code() {
        try {
            return reply.text("code");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    @Override
    public String toString() {
        return kind + " " + millis() + "ms " + reply;
    }
}
