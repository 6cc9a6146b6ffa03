package org.foodtrace.api.command;

import java.util.List;

import org.foodtrace.api.security.Caller;

/**
 * One write request: who sends it, its optional idempotency key, what it is (method, path and parsed body, the
 * request's fingerprint) and the aggregates it changes, locked in a fixed order for the transaction.
 */
public record Write(Caller caller, String idempotencyKey, String method, String path, Object request,
                    List<String> aggregateIds) {

    public Write {
        aggregateIds = aggregateIds.stream().distinct().sorted().toList();
    }
}
