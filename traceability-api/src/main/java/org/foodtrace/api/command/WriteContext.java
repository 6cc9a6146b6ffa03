package org.foodtrace.api.command;

import java.util.List;

import org.foodtrace.api.security.Caller;

/** What every write handler needs from its request: the caller, the optional idempotency key, method and path. */
public record WriteContext(Caller caller, String idempotencyKey, String method, String path) {

    /** The write of this request with the given parsed body, changing the given aggregates. */
    public Write write(Object request, String... aggregateIds) {
        return new Write(caller, idempotencyKey, method, path, request, List.of(aggregateIds));
    }

    public Write write(Object request, List<String> aggregateIds) {
        return new Write(caller, idempotencyKey, method, path, request, aggregateIds);
    }
}
