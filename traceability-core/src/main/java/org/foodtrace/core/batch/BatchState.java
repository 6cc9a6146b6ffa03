package org.foodtrace.core.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;

/**
 * What a batch remembers of its events, and nothing else: the handlers here only assign. A batch is
 * DEPLETED when the last of it left by sale, dispatch, split, slaughter or processing, DISPOSED when
 * the last of it was disposed of; a failed inspection before that puts it ON_HOLD.
 */
abstract class BatchState {

    @AggregateIdentifier
    private String batchId;
    private String product;
    private Species species;
    private QuantityUnit unit;
    private String originRegion;
    private String producerOperatorId;
    private String gtin;
    private String lot;
    private LocalDate expiresOn;
    private BatchStatus status;
    private String holderOperatorId;
    private String destinationOperatorId;
    private Certificate certificate;
    private Quantity available;
    private Quantity sold;
    private final List<String> children = new ArrayList<>();
    @AggregateMember
    private final ChainHead chainHead = new ChainHead();

    BatchState() {
    }

    /** Every batch derived from this one so far: dispatch children, split parts, slaughter and processing outputs. */
    protected final List<String> children() {
        return List.copyOf(children);
    }

    /** The hash of the last event, which the next one is chained to; null before the first hashed event. */
    protected final ChainHash headHash() {
        return chainHead.hash();
    }

    protected final String batchId() {
        return batchId;
    }

    protected final Species species() {
        return species;
    }

    protected final QuantityUnit unit() {
        return unit;
    }

    protected final Quantity available() {
        return available;
    }

    protected final BatchStatus status() {
        return status;
    }

    protected final String holder() {
        return holderOperatorId;
    }

    protected final String product() {
        return product;
    }

    protected final String destination() {
        return destinationOperatorId;
    }

    /** The certificate the next holder checks at entry (null for a batch that has not left its producer). */
    protected final Certificate certificateOfRecord() {
        return certificate;
    }

    protected final LocalDate expiresOn() {
        return expiresOn;
    }

    protected final Quantity sold() {
        return sold;
    }

    protected final String originRegion() {
        return originRegion;
    }

    protected final String producer() {
        return producerOperatorId;
    }

    protected final String gtin() {
        return gtin;
    }

    protected final String lot() {
        return lot;
    }

    @EventSourcingHandler
    void on(BatchRegistered event) {
        batchId = event.batchId();
        product = event.product();
        species = event.species();
        unit = event.quantity().unit();
        originRegion = event.originRegion();
        producerOperatorId = event.producerOperatorId();
        gtin = event.gtin();
        lot = event.lot();
        expiresOn = event.expiresOn();
        status = BatchStatus.REGISTERED;
        holderOperatorId = event.producerOperatorId();
        available = event.quantity();
        sold = Quantity.zero(unit);
    }

    @EventSourcingHandler
    void on(BatchDerived event) {
        batchId = event.batchId();
        product = event.product();
        species = event.species();
        unit = event.quantity().unit();
        originRegion = event.originRegion();
        producerOperatorId = event.producerOperatorId();
        gtin = event.gtin();
        lot = event.lot();
        expiresOn = event.expiresOn();
        status = event.status();
        holderOperatorId = event.holderOperatorId();
        destinationOperatorId = event.destinationOperatorId();
        certificate = event.certificate();
        available = event.quantity();
        sold = Quantity.zero(unit);
    }

    @EventSourcingHandler
    void on(BatchOriginExited event) {
        status = BatchStatus.IN_TRANSIT;
        destinationOperatorId = event.destinationOperatorId();
        certificate = event.certificate();
    }

    @EventSourcingHandler
    void on(BatchDispatched event) {
        take(event.quantity(), BatchStatus.DEPLETED);
        children.add(event.childBatchId());
    }

    @EventSourcingHandler
    void on(BatchAdmitted event) {
        status = BatchStatus.ADMITTED;
        holderOperatorId = event.operatorId();
        destinationOperatorId = null;
    }

    @EventSourcingHandler
    void on(BatchRejected event) {
        status = BatchStatus.REJECTED;
        destinationOperatorId = null;
    }

    @EventSourcingHandler
    void on(BatchInspected event) {
        boolean moving = status == BatchStatus.REGISTERED || status == BatchStatus.IN_TRANSIT
                || status == BatchStatus.ADMITTED;
        if (event.verdict() == Verdict.FAIL && moving) {
            status = BatchStatus.ON_HOLD;
        }
    }

    @EventSourcingHandler
    void on(BetaAgonistTestFailed event) {
        status = BatchStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(BatchSlaughtered event) {
        take(available, BatchStatus.DEPLETED);
        event.outputs().forEach(output -> children.add(output.batchId()));
    }

    @EventSourcingHandler
    void on(BatchSplit event) {
        event.parts().forEach(part -> take(part.quantity(), BatchStatus.DEPLETED));
        event.parts().forEach(part -> children.add(part.batchId()));
    }

    @EventSourcingHandler
    void on(BatchTransformed event) {
        take(event.quantity(), BatchStatus.DEPLETED);
        children.addAll(event.outputs());
    }

    @EventSourcingHandler
    void on(BatchSold event) {
        take(event.quantity(), BatchStatus.DEPLETED);
        sold = sold.plus(event.quantity());
    }

    @EventSourcingHandler
    void on(BatchDisposed event) {
        take(event.quantity(), BatchStatus.DISPOSED);
    }

    @EventSourcingHandler
    void on(BatchRecalled event) {
        status = BatchStatus.RECALLED;
    }

    private void take(Quantity quantity, BatchStatus statusWhenEmpty) {
        available = available.minus(quantity);
        if (available.isZero()) {
            status = statusWhenEmpty;
        }
    }
}
