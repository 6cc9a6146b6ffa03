package org.foodtrace.core.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foodtrace.core.Refusal.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.foodtrace.core.InMemoryDomain;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A recall opens with its root first and each affected batch once, needs a reason and a level, and recalls its
 * root in the same unit of work: a root that is already recalled refuses the recall and nothing is recorded.
 */
class RecallOpeningTest {

    private static final OperatorProfile FACTORY = new OperatorProfile("00000000-0000-4000-8000-0000000000f1",
            OperatorKind.MANUFACTURER, false);
    private static final Instant PRODUCED_AT = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    private final SplittableRandom random = new SplittableRandom(7);
    private final InMemoryDomain domain = new InMemoryDomain();

    @AfterEach
    void tearDown() {
        domain.close();
    }

    @Test
    void aRecallOpensWithTheRootFirstAndEachBatchOnce() {
        String root = formulaLot();
        String child = BatchId.random().value();

        domain.send(new OpenRecall("recall-1", root, List.of(child, root, child), "melamine", RecallLevel.I, AT));

        assertThat(domain.eventsOf("recall-1")).singleElement().satisfies(event -> assertThat(event.getPayload())
                .isEqualTo(new RecallOpened("recall-1", root, List.of(root, child), "melamine", RecallLevel.I, AT)));
    }

    @Test
    void openingARecallRecallsItsRootInTheSameUnitOfWork() {
        String root = formulaLot();
        String part = BatchId.random().value();
        domain.send(new SplitBatch(root, List.of(new DerivedPart(part, traceCode(), "Infant formula", units(40))),
                Actor.operator(FACTORY, false), AT.minusSeconds(60)));

        String recallId = domain.send(new OpenRecall("recall-1", root, List.of(part), "melamine", RecallLevel.I, AT));

        assertThat(recallId).isEqualTo("recall-1");
        assertThat(lastPayload(root)).isEqualTo(new BatchRecalled(root, "recall-1", "melamine", RecallLevel.I,
                FACTORY.operatorId(), units(60), Quantity.zero(QuantityUnit.UNIT), AT, List.of(part)));
        assertThat(domain.eventsOf(part)).as("descendants are left to the recall process").hasSize(1);
    }

    @Test
    void aRootAlreadyRecalledRefusesTheRecallAndNothingIsRecorded() {
        String root = formulaLot();
        domain.send(new OpenRecall("recall-1", root, List.of(), "melamine", RecallLevel.I, AT));

        assertRefused(() -> domain.send(new OpenRecall("recall-2", root, List.of(), "again", RecallLevel.II, AT)),
                RuleCode.ALREADY_RECALLED);
        assertThat(domain.eventsOf("recall-2")).isEmpty();
    }

    @Test
    void aRecallOfAnUnknownBatchRecordsNothing() {
        String unknown = BatchId.random().value();

        assertThatThrownBy(() -> domain.send(new OpenRecall("recall-1", unknown, List.of(), "melamine",
                RecallLevel.I, AT))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(domain.eventsOf("recall-1")).isEmpty();
    }

    @Test
    void aRecallWithoutAReasonIsRefused() {
        String root = formulaLot();

        assertRefused(() -> domain.send(new OpenRecall("recall-1", root, List.of(), " ", RecallLevel.I, AT)),
                RuleCode.INVALID_TEXT);
        assertThat(domain.eventsOf(root)).hasSize(1);
    }

    @Test
    void aRecallWithoutALevelIsRefused() {
        String root = formulaLot();

        assertRefused(() -> domain.send(new OpenRecall("recall-1", root, List.of(), "melamine", null, AT)),
                RuleCode.MISSING_VALUE);
        assertThat(domain.eventsOf(root)).hasSize(1);
    }

    @Test
    void aRecallOfAMalformedBatchIdIsRefused() {
        assertRefused(() -> domain.send(new OpenRecall("recall-1", "../etc/passwd", List.of(), "melamine",
                RecallLevel.I, AT)), RuleCode.INVALID_ID);
        assertThat(domain.allEventPayloads()).isEmpty();
    }

    private String formulaLot() {
        String id = BatchId.random().value();
        domain.send(new RegisterBatch(id, traceCode(), Category.INFANT_FORMULA, "Infant formula", null, units(100),
                "441702", LocalDate.parse("2026-11-20"), "06901234567892", "L2026-1120",
                LocalDate.parse("2028-11-20"), Actor.operator(FACTORY, false), PRODUCED_AT));
        return id;
    }

    private Object lastPayload(String batchId) {
        List<DomainEventMessage<?>> events = domain.eventsOf(batchId);
        return events.get(events.size() - 1).getPayload();
    }

    private String traceCode() {
        return TraceCode.generate(random).value();
    }

    private static Quantity units(long amount) {
        return Quantity.of(amount, QuantityUnit.UNIT);
    }
}
