package org.foodtrace.core.batch;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;

/**
 * The hash of a batch's last event, which the next event's hash is chained to. Part of the batch aggregate: it
 * sees every event of the batch and only assigns the hash the event carries (null for an event recorded before
 * hashing began, so such a history starts a new chain).
 */
final class ChainHead {

    private ChainHash hash;

    ChainHash hash() {
        return hash;
    }

    @EventSourcingHandler
    void on(Object event, @MetaDataValue(ChainLink.CHAIN_HASH) String chainHash) {
        hash = ChainHash.ofNullable(chainHash);
    }
}
