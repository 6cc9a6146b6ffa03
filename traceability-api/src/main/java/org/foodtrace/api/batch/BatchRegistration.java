package org.foodtrace.api.batch;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Registers one validated batch at its producer, the actor: the one command behind {@code POST /api/v1/batches}
 * and every row of a CSV import. It runs inside the caller's transaction; a refusal by a rule escapes.
 */
@Component
public class BatchRegistration {

    private final CommandGateway commands;
    private final Clock clock;

    public BatchRegistration(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public BatchCreated register(RegisterBatchRequest body, BatchCreated identity, Actor producer) {
        commands.sendAndWait(new RegisterBatch(identity.batchId(), identity.traceCode(), body.category(),
                body.product(), body.species(), body.quantity().toQuantity(), body.originRegion(),
                body.producedOn(), body.gtin(), body.lot(), body.expiresOn(), producer, clock.instant()));
        return identity;
    }
}
