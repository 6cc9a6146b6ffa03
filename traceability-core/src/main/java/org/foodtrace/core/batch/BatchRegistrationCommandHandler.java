package org.foodtrace.core.batch;

import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.foodtrace.core.batch.api.RegisterBatch;

/**
 * Registers new batches. A polymorphic aggregate allows only one creating handler per command across its
 * subtypes, and the subtype depends on the category in the command, so creation goes through the
 * repository with a factory that picks the subtype.
 */
public class BatchRegistrationCommandHandler {

    private final Repository<Batch> repository;

    public BatchRegistrationCommandHandler(Repository<Batch> repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Answers the id of the new batch. */
    @CommandHandler
    public String handle(RegisterBatch command) throws Exception {
        repository.newInstance(() -> BatchFactory.register(command));
        return command.batchId();
    }
}
