package org.foodtrace.api.batch;

import java.security.SecureRandom;
import java.util.UUID;

import org.foodtrace.core.trace.TraceCode;
import org.springframework.stereotype.Component;

/** Ids and trace codes of new batches, drawn by the API and carried by the commands (deterministic aggregates). */
@Component
public class NewIdentities {

    private final SecureRandom random;

    public NewIdentities(SecureRandom random) {
        this.random = random;
    }

    public String id() {
        return UUID.randomUUID().toString();
    }

    public String traceCode() {
        return TraceCode.generate(random).value();
    }

    public BatchCreated batch() {
        return new BatchCreated(id(), traceCode());
    }
}
