package org.foodtrace.api.command;

import java.util.function.Supplier;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Runs a write as one Axon unit of work holding one database transaction: the commands it sends run in nested
 * units of work, the API's own rows (idempotency key, token hash) join the same transaction, and the events
 * are appended when it commits. Because the unit of work owns the commit, Axon tells the event processors
 * about the new events right after the database has them, which keeps read-your-writes waits short.
 */
@Component
class UnitOfWorkTransactions {

    private final TransactionManager transactionManager;

    UnitOfWorkTransactions(TransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    <T> T run(Supplier<T> work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("http-write"));
        try {
            unitOfWork.attachTransaction(transactionManager);
            T result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException | Error failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
    }
}
