package org.foodtrace.api.command;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.error.ProblemMapper;
import org.foodtrace.api.idempotency.IdempotencyKeyStore;
import org.foodtrace.api.idempotency.IdempotencyRecord;
import org.foodtrace.api.idempotency.StoredResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write: in one unit of work and transaction it claims the idempotency key (if any), locks the aggregates, runs the
 * command(s) and records the answer; a lost concurrency race runs the whole transaction again. A refusal rolls
 * everything back and is then recorded as the key's answer. After the commit the answer waits (bounded) until
 * the read models have processed the write, so the caller's next read sees it.
 */
@Component
public class CommandRunner {

    private final UnitOfWorkTransactions unitsOfWork;
    private final TransactionTemplate transactions;
    private final IdempotencyKeyStore keys;
    private final AggregateLocks locks;
    private final ConcurrencyRetry retry;
    private final ResponseBodies bodies;
    private final ReadYourWrites readYourWrites;
    private final WriteProperties properties;
    private final Clock clock;

    CommandRunner(UnitOfWorkTransactions unitsOfWork, TransactionTemplate transactions, IdempotencyKeyStore keys,
                  AggregateLocks locks, ConcurrencyRetry retry, ResponseBodies bodies, ReadYourWrites readYourWrites,
                  WriteProperties properties, Clock clock) {
        this.unitsOfWork = unitsOfWork;
        this.transactions = transactions;
        this.keys = keys;
        this.locks = locks;
        this.retry = retry;
        this.bodies = bodies;
        this.readYourWrites = readYourWrites;
        this.properties = properties;
        this.clock = clock;
    }

    public ResponseEntity<Object> execute(Write write, Supplier<Reply> work) {
        if (write.idempotencyKey() == null) {
            StoredResponse response = retry.run(properties.maxAttempts(), () -> unitsOfWork.run(() -> {
                lock(write);
                return bodies.serialise(work.get(), write.path());
            }));
            readYourWrites.await();
            return response.toResponse(false);
        }
        return executeOnce(write, work);
    }

    /**
     * Runs work that no HTTP request waits for (a background job) the way a write runs: one unit of work and
     * transaction, aggregates locked, retried on a lost concurrency race; no idempotency key, no read-your-writes
     * wait. A refusal or failure rolls the whole transaction back and escapes.
     */
    public <T> T inTransaction(List<String> aggregateIds, Supplier<T> work) {
        List<String> sorted = aggregateIds.stream().distinct().sorted().toList();
        return retry.run(properties.maxAttempts(), () -> unitsOfWork.run(() -> {
            if (properties.lockAggregates()) {
                locks.lock(sorted);
            }
            return work.get();
        }));
    }

    private ResponseEntity<Object> executeOnce(Write write, Supplier<Reply> work) {
        String caller = write.caller().id();
        byte[] requestHash = bodies.fingerprint(write);
        StoredResponse first;
        try {
            first = retry.run(properties.maxAttempts(), () -> unitsOfWork.run(() -> {
                if (!keys.claim(caller, write.idempotencyKey(), requestHash, clock.instant())) {
                    return null;
                }
                lock(write);
                Reply reply = work.get();
                StoredResponse response = bodies.serialise(reply, write.path());
                keys.complete(caller, write.idempotencyKey(), reply.replayBody() == reply.body()
                        ? response : bodies.serialise(reply.forReplay(), write.path()));
                return response;
            }));
        } catch (RuntimeException failure) {
            if (!ProblemMapper.isRefusal(failure)) {
                throw failure;
            }
            StoredResponse refusal = bodies.problem(ProblemMapper.toProblem(failure), write.path());
            Boolean recorded = transactions.execute(status ->
                    keys.claimCompleted(caller, write.idempotencyKey(), requestHash, refusal, clock.instant()));
            if (Boolean.TRUE.equals(recorded)) {
                return refusal.toResponse(false);
            }
            first = null;
        }
        if (first == null) {
            return replay(write, requestHash);
        }
        readYourWrites.await();
        return first.toResponse(false);
    }

    private ResponseEntity<Object> replay(Write write, byte[] requestHash) {
        IdempotencyRecord record = keys.find(write.caller().id(), write.idempotencyKey())
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, ProblemCodes.CONFLICT,
                        "The idempotency key is in use by a request that did not finish; try again."));
        if (!record.sameRequest(requestHash)) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request.");
        }
        return record.response().toResponse(true);
    }

    private void lock(Write write) {
        if (properties.lockAggregates()) {
            locks.lock(write.aggregateIds());
        }
    }
}
