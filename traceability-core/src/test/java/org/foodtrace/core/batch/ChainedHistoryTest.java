package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.Commands.*;
import static org.foodtrace.core.batch.Histories.*;
import static org.foodtrace.core.batch.TestData.*;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;
import org.junit.jupiter.api.Test;

/**
 * Every event of a batch carries a SHA-256 hash chained over the hash of the event before it and its own canonical
 * form; a child's first event is chained to its parent's head after the event that made the child.
 */
class ChainedHistoryTest {

    @Test
    void aRegistrationStartsTheChainWithNoPreviousHash() {
        BatchRegistered registered = vegetablesRegistered();
        fixture().givenNoPriorActivity()
                .when(new RegisterBatch(BATCH, registered.traceCode(), Category.VEGETABLE, registered.product(), null,
                        registered.quantity(), REGION, PRODUCED_ON, null, null, null, actor(FARM),
                        REGISTRATION_TIME))
                .expectEvents(linked(registered, ChainLink.next(null, List.of(), registered)));
    }

    @Test
    void eachEventIsChainedToTheHashOfTheEventBeforeIt() {
        List<DomainEventMessage<?>> history = chained(admittedAt(vegetablesRegistered(), MARKET));
        ChainHash head = hashOf(history.get(history.size() - 1));
        BatchSold sold = new BatchSold(BATCH, "sale-1", kg(10), "stall 12", MARKET.operatorId(), LATER);
        fixture().given(history)
                .when(sell(kg(10), MARKET))
                .expectEvents(linked(sold, ChainLink.next(head, List.of(), sold)));
    }

    @Test
    void aChildsFirstEventIsChainedToItsParentsHeadAfterTheDispatch() {
        List<DomainEventMessage<?>> history = chained(admittedAt(vegetablesRegistered(), MARKET));
        ChainHash head = hashOf(history.get(history.size() - 1));
        BatchDispatched dispatched = new BatchDispatched(BATCH, CHILD, traceCode(2), OTHER_MARKET.operatorId(),
                kg(100), MARKET.operatorId(), LATER);
        ChainLink dispatchLink = ChainLink.next(head, List.of(), dispatched);
        BatchDerived child = new BatchDerived(CHILD, traceCode(2), Category.VEGETABLE, "Choy sum", null, kg(100),
                Derivation.DISPATCH, List.of(new ParentLink(BATCH, kg(100))), MARKET.operatorId(),
                OTHER_MARKET.operatorId(), BatchStatus.IN_TRANSIT, certificate(CertificateType.COMPLIANCE_COMMITMENT),
                REGION, FARM.operatorId(), null, null, null, LATER);
        fixture().given(history)
                .when(dispatch(kg(100), MARKET, OTHER_MARKET))
                .expectEvents(linked(dispatched, dispatchLink),
                        linked(child, ChainLink.next(null, List.of(dispatchLink.hash()), child)));
    }

    @Test
    void aHistoryRecordedBeforeHashingBeganStartsANewChainAtItsNextEvent() {
        BatchSold sold = new BatchSold(BATCH, "sale-1", kg(10), "stall 12", MARKET.operatorId(), LATER);
        fixture().given(admittedAt(vegetablesRegistered(), MARKET))
                .when(sell(kg(10), MARKET))
                .expectEvents(linked(sold, ChainLink.next(null, List.of(), sold)));
    }

    /** The same history as the aggregate would have written it: each event linked to the one before. */
    static List<DomainEventMessage<?>> chained(List<DomainEventMessage<?>> history) {
        List<DomainEventMessage<?>> linked = new ArrayList<>();
        ChainHash head = null;
        for (DomainEventMessage<?> event : history) {
            ChainLink link = ChainLink.next(head, List.of(), event.getPayload());
            linked.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), MetaData.from(link.metaData())));
            head = link.hash();
        }
        return linked;
    }

    private static ChainHash hashOf(EventMessage<?> event) {
        return new ChainHash((String) event.getMetaData().get(ChainLink.CHAIN_HASH));
    }

    private static EventMessage<?> linked(Object payload, ChainLink link) {
        return GenericEventMessage.asEventMessage(payload).andMetaData(link.metaData());
    }
}
