package org.foodtrace.api.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.api.export.RecordedEvent;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.chain.ChainAudit;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.projections.trace.ChainVerifications;
import org.springframework.stereotype.Service;

/**
 * Recomputes a batch's chain from the event store (from sequence 0, deserialized and upcast as the aggregate would
 * read it) and, through the parents its first event names, its ancestors' chains; records each batch's verdict.
 * Each batch is read once per verification, however many of its descendants link to it.
 */
@Service
public class ChainVerifier {

    /** Every batch aggregate type ends so: LivestockBatch, VegetableBatch, ... */
    private static final String BATCH_TYPE_SUFFIX = "Batch";

    private final EventStore eventStore;
    private final ChainVerifications records;
    private final Clock clock;

    public ChainVerifier(EventStore eventStore, ChainVerifications records, Clock clock) {
        this.eventStore = eventStore;
        this.records = records;
        this.clock = clock;
    }

    /** Empty when no batch has this id. */
    public Optional<BatchVerification> verify(String batchId) {
        Instant now = clock.instant();
        Map<String, Audit> audits = new HashMap<>();
        Audit audit = audit(batchId, audits);
        if (audit == null) {
            return Optional.empty();
        }
        audits.values().forEach(each -> records.record(each.batchId(), each.verified(), each.broken(),
                each.own().headHash(), each.own().firstMismatch() == null ? null
                        : each.own().firstMismatch().sequenceNumber(), now));
        ChainAudit.Result own = audit.own();
        return Optional.of(new BatchVerification(batchId, audit.verified(), own.events(), own.unhashed(),
                hex(own.headHash()), own.firstMismatch(), audit.parents(), now));
    }

    private Audit audit(String batchId, Map<String, Audit> audits) {
        if (audits.containsKey(batchId)) {
            return audits.get(batchId);
        }
        audits.put(batchId, null);
        List<ChainAudit.Entry> entries = readBatch(batchId);
        if (entries.isEmpty()) {
            return null;
        }
        ChainAudit.Result own = ChainAudit.of(entries);
        List<ParentVerification> parents = new ArrayList<>();
        boolean parentsBroken = false;
        if (entries.get(0).event() instanceof BatchDerived birth) {
            for (ParentLink link : birth.parents()) {
                Audit parent = audit(link.batchId(), audits);
                ChainHash linked = parent == null ? null : own.parentHashes().stream()
                        .filter(hash -> parent.own().sequenceOfHash().containsKey(hash.hex()))
                        .findFirst().orElse(null);
                boolean linkFound = linked != null;
                boolean recordedLinks = !own.parentHashes().isEmpty();
                parentsBroken |= (recordedLinks && !linkFound) || (parent != null && parent.broken());
                parents.add(new ParentVerification(link.batchId(), hex(linked), linkFound,
                        linkFound && parent.verified(), parent == null ? null : hex(parent.own().headHash()),
                        parent == null ? null : parent.own().firstMismatch()));
            }
        }
        boolean verified = own.verified() && parents.stream().allMatch(ParentVerification::verified);
        boolean broken = own.firstMismatch() != null || parentsBroken;
        Audit audit = new Audit(batchId, own, List.copyOf(parents), verified, broken);
        audits.put(batchId, audit);
        return audit;
    }

    /** The batch's events, or none when the id is unknown or names another kind of aggregate. */
    private List<ChainAudit.Entry> readBatch(String batchId) {
        List<ChainAudit.Entry> entries = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(batchId, 0L);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (entries.isEmpty() && !message.getType().endsWith(BATCH_TYPE_SUFFIX)) {
                return List.of();
            }
            entries.add(entry(message));
        }
        return entries;
    }

    private static ChainAudit.Entry entry(DomainEventMessage<?> message) {
        String type = typeOf(message);
        Object event;
        Instant at;
        try {
            event = message.getPayload();
            at = Optional.ofNullable(RecordedEvent.actTime(event)).orElse(message.getTimestamp());
        } catch (RuntimeException unreadable) {
            event = new UnreadableEvent(type, unreadable.getClass().getSimpleName());
            at = message.getTimestamp();
        }
        Map<String, ?> metaData;
        try {
            metaData = message.getMetaData();
        } catch (RuntimeException unreadable) {
            metaData = Map.of();
        }
        return new ChainAudit.Entry(message.getSequenceNumber(), type, event, at, metaData);
    }

    private static String typeOf(DomainEventMessage<?> message) {
        try {
            return message.getPayloadType().getSimpleName();
        } catch (RuntimeException unknown) {
            return "Unknown";
        }
    }

    private static String hex(ChainHash hash) {
        return hash == null ? null : hash.hex();
    }

    /** One batch checked: its own chain, its parents, and the verdicts over both. */
    private record Audit(String batchId, ChainAudit.Result own, List<ParentVerification> parents, boolean verified,
                         boolean broken) {
    }
}
