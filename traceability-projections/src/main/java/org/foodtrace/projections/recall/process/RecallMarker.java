package org.foodtrace.projections.recall.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Sends {@link RecallBatch} commands for the recall process. All commands of a call are sent at once on a small
 * pool of its own, each in a unit of work and transaction of its own (never nested in the caller's), and the call
 * returns when every batch has answered, so a process that crashes before then is asked again. A batch that loses
 * an optimistic-concurrency race (its holder changed it at the same moment) is asked again at once. A batch that
 * answers ALREADY_RECALLED is looked up in the event store to tell this recall's earlier attempt (its
 * {@code BatchRecalled} is still to come) from another recall.
 */
@Component
public class RecallMarker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecallMarker.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final RecallProcessProperties properties;
    private final ExecutorService pool;

    public RecallMarker(CommandGateway commands, EventStore eventStore, RecallProcessProperties properties) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.properties = properties;
        this.pool = Executors.newFixedThreadPool(properties.markingThreads(), threads());
    }

    /** Asks every batch to be recalled and waits for all answers. */
    public Marking mark(List<RecallBatch> recalls) {
        List<CompletableFuture<Answer>> answers = new ArrayList<>(recalls.size());
        for (RecallBatch recall : recalls) {
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            send(recall, 1, answer);
            answers.add(answer);
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return Marking.of(answers.stream().map(CompletableFuture::join).toList());
    }

    private void send(RecallBatch recall, int attempt, CompletableFuture<Answer> answer) {
        try {
            pool.execute(() -> commands.send(recall, (CommandMessage<? extends RecallBatch> message,
                                                      CommandResultMessage<?> result) -> {
                if (!result.isExceptional()) {
                    answer.complete(new Answer(recall.batchId(), Outcome.MARKED));
                } else if (isConcurrencyConflict(result.exceptionResult()) && attempt < properties.commandAttempts()) {
                    send(recall, attempt + 1, answer);
                } else {
                    answer.complete(new Answer(recall.batchId(), outcomeOf(recall, result.exceptionResult())));
                }
            }));
        } catch (RuntimeException rejected) {
            log.warn("Recall {}: could not send the recall of batch {}", recall.recallId(), recall.batchId(), rejected);
            answer.complete(new Answer(recall.batchId(), Outcome.FAILED));
        }
    }

    private Outcome outcomeOf(RecallBatch recall, Throwable failure) {
        if (failure instanceof DomainRuleViolation violation && violation.code() == RuleCode.ALREADY_RECALLED) {
            return recall.recallId().equals(recalledBy(recall.batchId()))
                    ? Outcome.RECALLED_BY_THIS_RECALL : Outcome.RECALLED_BY_ANOTHER;
        }
        if (failure instanceof DomainRuleViolation || failure instanceof AggregateNotFoundException) {
            log.warn("Recall {}: batch {} refused the recall: {}", recall.recallId(), recall.batchId(),
                    failure.getMessage());
            return Outcome.REFUSED;
        }
        log.warn("Recall {}: the recall of batch {} failed and will be tried again", recall.recallId(),
                recall.batchId(), failure);
        return Outcome.FAILED;
    }

    private String recalledBy(String batchId) {
        return eventStore.readEvents(batchId, 0).asStream()
                .map(event -> event.getPayload() instanceof BatchRecalled recalled ? recalled.recallId() : null)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    private static ThreadFactory threads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "recall-marker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How one batch answered. */
    public enum Outcome {
        /** The batch is now recalled by this recall; its BatchRecalled follows. */
        MARKED,
        /** An earlier attempt of this recall marked the batch; its BatchRecalled is still to be handled. */
        RECALLED_BY_THIS_RECALL,
        /** Another recall reached the batch first and follows it. */
        RECALLED_BY_ANOTHER,
        /** The batch refused for good (unknown id, or another rule): asking again would not help. */
        REFUSED,
        /** A technical failure: the whole step is tried again. */
        FAILED
    }

    /** A batch and its answer. */
    public record Answer(String batchId, Outcome outcome) {
    }
}
