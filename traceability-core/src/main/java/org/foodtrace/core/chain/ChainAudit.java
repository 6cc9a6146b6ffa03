package org.foodtrace.core.chain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's whole history checked from its first event, as read back from the event store. It is verified when
 * every event is intact and none is unhashed: a history recorded before hashing began cannot be verified.
 */
public final class ChainAudit {

    private ChainAudit() {
    }

    /** One stored event: its position, its type's simple name, the event, when it happened and its metadata. */
    public record Entry(long sequenceNumber, String eventType, Object event, Instant at, Map<String, ?> metaData) {
    }

    /** The first event whose stored link does not match what its content and position give. */
    public record Mismatch(long sequenceNumber, String eventType, Instant at, String expectedHash,
                           String storedHash) {
    }

    /**
     * The outcome: events read, how many carry no hash, the stored head hash, the first mismatch (null if none),
     * the parents' head hashes named by the first event, and the sequence number of each recomputed hash (a child's
     * link into this batch must be one of them).
     */
    public record Result(int events, int unhashed, ChainHash headHash, Mismatch firstMismatch,
                         List<ChainHash> parentHashes, Map<String, Long> sequenceOfHash) {

        public boolean verified() {
            return events > 0 && unhashed == 0 && firstMismatch == null;
        }

        /** Whether the history is intact up to and including the event with this recomputed hash. */
        public boolean intactThrough(ChainHash hash) {
            Long sequence = sequenceOfHash.get(hash.hex());
            return sequence != null && unhashed == 0
                    && (firstMismatch == null || firstMismatch.sequenceNumber() > sequence);
        }
    }

    public static Result of(List<Entry> entries) {
        ChainHash head = null;
        Mismatch first = null;
        int unhashed = 0;
        Map<String, Long> sequenceOfHash = new HashMap<>();
        for (Entry entry : entries) {
            ChainStep step = ChainStep.check(head, entry.event(), entry.metaData());
            if (step.outcome() == ChainStep.Outcome.UNHASHED) {
                unhashed++;
            } else if (step.outcome() == ChainStep.Outcome.BROKEN && first == null) {
                first = new Mismatch(entry.sequenceNumber(), entry.eventType(), entry.at(),
                        step.expectedHash() == null ? null : step.expectedHash().hex(), step.storedHash());
            }
            if (step.expectedHash() != null) {
                sequenceOfHash.putIfAbsent(step.expectedHash().hex(), entry.sequenceNumber());
            }
            head = step.headAfter();
        }
        return new Result(entries.size(), unhashed, head, first, parentsOf(entries), Map.copyOf(sequenceOfHash));
    }

    private static List<ChainHash> parentsOf(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            return ChainLink.parentsIn(entries.get(0).metaData());
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
