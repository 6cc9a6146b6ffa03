package org.foodtrace.api.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;
import org.springframework.stereotype.Component;

/**
 * Gathers a batch's lineage from the event store: upstream through each batch's recorded parents, downstream
 * through the children its dispatch, slaughter, split and transformation events created. Every lineage
 * batch's history is read anyway to export it, so walking the graph on those histories costs no extra read
 * and sees writes the lineage read model may not have projected yet.
 */
@Component
public class LineageHistoryReader {

    private final EventHistory events;
    private final OperatorNames operators;

    public LineageHistoryReader(EventHistory events, OperatorNames operators) {
        this.events = events;
        this.operators = operators;
    }

    /** The lineage of the batch, or empty when no batch has that id. */
    public Optional<LineageHistory> read(String batchId) {
        Optional<String> canonical = canonicalUuid(batchId);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        return read(canonical.get(), new BatchHistories(events));
    }

    private Optional<LineageHistory> read(String batchId, BatchHistories histories) {
        Optional<BatchFacts> root = histories.facts(batchId);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Set<String> lineage = new LinkedHashSet<>();
        lineage.add(batchId);
        lineage.addAll(walk(batchId, histories, true));
        lineage.addAll(walk(batchId, histories, false));

        List<LineageEvent> lineageEvents = new ArrayList<>();
        for (String id : lineage) {
            lineageEvents.addAll(withContext(histories.of(id), histories.require(id)));
        }
        Set<String> operatorIds = new LinkedHashSet<>();
        lineageEvents.forEach(e -> operatorIds.addAll(operatorsNamedBy(e)));
        return Optional.of(new LineageHistory(root.get(), List.copyOf(lineage), lineageEvents,
                operators.find(operatorIds), histories));
    }

    private static List<String> walk(String start, BatchHistories histories, boolean upstream) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            List<String> next = upstream
                    ? histories.require(current).parents().stream().map(ParentLink::batchId).toList()
                    : children(histories.of(current));
            for (String id : next) {
                if (!id.equals(start) && seen.add(id)) {
                    queue.add(id);
                }
            }
        }
        return List.copyOf(seen);
    }

    private static List<String> children(List<RecordedEvent> history) {
        List<String> children = new ArrayList<>();
        for (RecordedEvent event : history) {
            Object payload = event.payload();
            if (payload instanceof BatchDispatched e) {
                children.add(e.childBatchId());
            } else if (payload instanceof BatchSlaughtered e) {
                e.outputs().stream().map(DerivedPart::batchId).forEach(children::add);
            } else if (payload instanceof BatchSplit e) {
                e.parts().stream().map(DerivedPart::batchId).forEach(children::add);
            } else if (payload instanceof BatchTransformed e) {
                children.addAll(e.outputs());
            }
        }
        return children;
    }

    /** Folds the batch's history, pairing each event with what was known just before it. */
    static List<LineageEvent> withContext(List<RecordedEvent> history, BatchFacts facts) {
        List<LineageEvent> result = new ArrayList<>(history.size());
        String holder = null;
        String sender = null;
        Quantity inbound = null;
        Certificate certificate = null;
        for (RecordedEvent event : history) {
            result.add(new LineageEvent(event, facts, holder, sender, inbound, certificate));
            Object payload = event.payload();
            if (payload instanceof BatchRegistered e) {
                holder = e.producerOperatorId();
            } else if (payload instanceof BatchDerived e) {
                holder = e.holderOperatorId();
                certificate = e.certificate();
                if (e.derivation() == Derivation.DISPATCH) {
                    sender = e.holderOperatorId();
                    inbound = e.quantity();
                }
            } else if (payload instanceof BatchOriginExited e) {
                sender = e.operatorId();
                inbound = e.quantity();
                certificate = e.certificate();
            } else if (payload instanceof BatchAdmitted e) {
                holder = e.operatorId();
            } else if (payload instanceof BatchRecalled e && e.holderOperatorId() != null) {
                holder = e.holderOperatorId();
            }
        }
        return result;
    }

    private static Stream<String> operatorIdsOf(Object payload) {
        if (payload instanceof BatchRegistered e) {
            return Stream.of(e.producerOperatorId());
        } else if (payload instanceof BatchDerived e) {
            return Stream.of(e.holderOperatorId(), e.destinationOperatorId(), e.producerOperatorId());
        } else if (payload instanceof BatchOriginExited e) {
            return Stream.of(e.operatorId(), e.destinationOperatorId());
        } else if (payload instanceof BatchDispatched e) {
            return Stream.of(e.operatorId(), e.destinationOperatorId());
        } else if (payload instanceof BatchRecalled e) {
            return Stream.of(e.holderOperatorId());
        } else if (payload instanceof BatchSold e) {
            return canonicalUuid(e.buyer()).stream();
        }
        return Stream.empty();
    }

    private static Set<String> operatorsNamedBy(LineageEvent event) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.concat(operatorIdsOf(event.payload()), Stream.of(event.holderOperatorId(), event.senderOperatorId(),
                        ActingOperator.of(event.payload())))
                .filter(id -> id != null && !id.isBlank())
                .forEach(ids::add);
        return ids;
    }

    /** Batch ids are lower-case UUID text; anything else names no batch. */
    private static Optional<String> canonicalUuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            String canonical = UUID.fromString(text).toString();
            return canonical.equalsIgnoreCase(text) ? Optional.of(canonical) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
