package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.Refusals.refuseIf;
import static org.foodtrace.core.batch.Refusals.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.DisposeBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.InspectBatch;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;
import org.foodtrace.core.shared.TraceZone;

/**
 * A batch of food on its way from farm or factory to the stall. Every category shares this lifecycle:
 * registered at its producer, leaving with a certificate (产地准出), admitted by its destination
 * (市场准入), sold, dispatched, split, processed or disposed of, never more than it received, and
 * frozen by a failed test (ON_HOLD) or a recall until what is left is disposed of. Only the holder
 * acts on it. Subtypes say where categories differ: certificate, units, GTIN/lot/expiry, slaughter. Every event it
 * records extends its tamper-evident hash chain ({@link #append}), and a child's first event links to its head.
 */
public abstract class Batch extends BatchState {

    protected Batch() {
    }

    /** The category this subtype stands for. */
    public abstract Category category();

    /** The certificate the category must show at origin exit. */
    protected abstract CertificateType requiredCertificate();

    /** Units a batch of this category may be registered in. */
    protected abstract Set<QuantityUnit> registrationUnits();

    /** Units a processed product (transformation output) of this category may be declared in. */
    protected Set<QuantityUnit> processedUnits() {
        return registrationUnits();
    }

    protected boolean gtinRequired() {
        return false;
    }

    protected boolean lotRequired() {
        return false;
    }

    protected boolean expiryRequired() {
        return false;
    }

    /** Species applies to livestock only. */
    protected void checkSpecies(Species species) {
        refuseIf(species != null, RuleCode.SPECIES_NOT_APPLICABLE, "species applies to livestock only");
    }

    /** Rules on where this batch may be sent; none unless the category says so. */
    protected void checkDestination(OperatorProfile destination) {
    }

    /** Slaughter applies to livestock only. */
    protected SlaughterOutcome slaughter(SlaughterBatch command) {
        throw new DomainRuleViolation(RuleCode.NOT_LIVESTOCK,
                "only livestock is slaughtered, not " + category());
    }

    @CommandHandler
    public void handle(ExitOrigin command) {
        requireHolder(command.actor());
        requireStock(Set.of(BatchStatus.REGISTERED), RuleCode.NOT_REGISTERED);
        Certificate presented = required(command.certificate(), "certificate");
        OperatorProfile destination = required(command.destination(), "destination");
        refuseIf(presented.type() != requiredCertificate(), RuleCode.WRONG_CERTIFICATE_TYPE,
                category() + " leaves with a " + requiredCertificate() + " certificate, not " + presented.type());
        refuseIf(!presented.isValidOn(dateOf(command.at())), RuleCode.CERTIFICATE_EXPIRED,
                "certificate " + presented.number() + " is not valid on " + dateOf(command.at()));
        checkDestination(destination);
        append(new BatchOriginExited(batchId(), presented, destination.operatorId(), available(),
                command.actor().actorId(), command.at()));
    }

    @CommandHandler
    public void handle(DispatchBatch command) {
        requireHolder(command.actor());
        requireStock(Set.of(BatchStatus.ADMITTED), RuleCode.NOT_ADMITTED);
        OperatorProfile destination = required(command.destination(), "destination");
        Quantity quantity = requireTakeable(command.quantity());
        DerivedPart part = ChildIds.requireNewChildren(List.of(
                new DerivedPart(command.childBatchId(), command.childTraceCode(), product(), quantity)), batchId()).get(0);
        checkDestination(destination);
        append(new BatchDispatched(batchId(), part.batchId(), part.traceCode(), destination.operatorId(), quantity,
                command.actor().actorId(), command.at()));
        spawn(child(part, Derivation.DISPATCH, destination.operatorId(), BatchStatus.IN_TRANSIT,
                certificateOfRecord(), command.at()));
    }

    @CommandHandler
    public EntryDecision handle(EnterMarket command) {
        Actor actor = requireOperator(command.actor());
        refuseIf(status() == BatchStatus.RECALLED, RuleCode.BATCH_RECALLED, "the batch is recalled");
        refuseIf(status() == BatchStatus.ON_HOLD, RuleCode.BATCH_ON_HOLD, "the batch is on hold until disposed of");
        refuseIf(status() != BatchStatus.IN_TRANSIT, RuleCode.NOT_IN_TRANSIT, "the batch is not in transit");
        if (!actor.actorId().equals(destination())) {
            append(new MisdirectedEntryAttempted(batchId(), actor.actorId(), destination(), command.at()));
            return EntryDecision.refusedWith(RuleCode.NOT_DESTINATION, status());
        }
        String presented = Text.required(command.certificateNumber(), "certificate number");
        if (certificateOfRecord() == null || !certificateOfRecord().number().equals(presented)) {
            return reject(RuleCode.CERTIFICATE_MISMATCH, presented, command);
        }
        if (certificateOfRecord().isExpiredOn(dateOf(command.at()))) {
            return reject(RuleCode.CERTIFICATE_EXPIRED, presented, command);
        }
        append(new BatchAdmitted(batchId(), actor.actorId(), presented, command.at()));
        if (command.inspection() != null) {
            record(command.inspection(), actor, command.at());
        }
        return EntryDecision.admittedAs(status());
    }

    @CommandHandler
    public void handle(InspectBatch command) {
        Actor actor = required(command.actor(), "actor");
        if (!actor.regulator()) {
            requireHolder(actor);
        }
        refuseIf(Set.of(BatchStatus.REJECTED, BatchStatus.DEPLETED, BatchStatus.DISPOSED).contains(status()),
                RuleCode.BATCH_NOT_ACTIVE, "the batch is " + status());
        record(new Inspection(command.inspectionId(), command.analyte(), command.method(), command.value(),
                command.unit(), command.limit(), command.verdict(), command.sampleId()), actor, command.at());
    }

    @CommandHandler
    public SlaughterOutcome handle(SlaughterBatch command) {
        requireOperator(command.actor());
        return slaughter(command);
    }

    @CommandHandler
    public void handle(SplitBatch command) {
        requireHolder(command.actor());
        requireStock(Set.of(BatchStatus.REGISTERED, BatchStatus.ADMITTED), RuleCode.NOT_ADMITTED);
        List<DerivedPart> parts = ChildIds.requireNewChildren(command.parts(), batchId()).stream()
                .map(part -> new DerivedPart(part.batchId(), part.traceCode(), product(),
                        requirePositiveInUnit(part.quantity())))
                .toList();
        requireTakeable(parts.stream().map(DerivedPart::quantity).reduce(Quantity.zero(unit()), Quantity::plus));
        BatchStatus childStatus = status();
        append(new BatchSplit(batchId(), parts, command.actor().actorId(), command.at()));
        for (DerivedPart part : parts) {
            spawn(child(part, Derivation.SPLIT, null, childStatus, certificateOfRecord(), command.at()));
        }
    }

    @CommandHandler
    public SaleOutcome handle(SellBatch command) {
        requireHolder(command.actor());
        requireStock(Set.of(BatchStatus.ADMITTED), RuleCode.NOT_ADMITTED);
        Quantity quantity = requireTakeable(command.quantity());
        if (expiresOn() != null && dateOf(command.at()).isAfter(expiresOn())) {
            append(new ExpiredSaleAttempted(batchId(), quantity, expiresOn(), command.actor().actorId(), command.at()));
            return SaleOutcome.refusedWith(RuleCode.EXPIRED_PRODUCT, available(),
                    "the product expired on " + expiresOn());
        }
        append(new BatchSold(batchId(), Text.required(command.saleId(), "sale id"), quantity,
                Text.optional(command.buyer(), "buyer"), command.actor().actorId(), command.at()));
        return SaleOutcome.soldLeaving(available());
    }

    @CommandHandler
    public Quantity handle(DisposeBatch command) {
        requireHolder(command.actor());
        refuseIf(status() == BatchStatus.IN_TRANSIT, RuleCode.NOT_ADMITTED,
                "a batch in transit is admitted or rejected by its destination before it is disposed of");
        Quantity quantity = requireTakeable(command.quantity());
        append(new BatchDisposed(batchId(), quantity, Text.required(command.method(), "disposal method"),
                Text.optional(command.witness(), "witness"), command.actor().actorId(), command.at()));
        return available();
    }

    @CommandHandler
    public void handle(RecallBatch command) {
        refuseIf(status() == BatchStatus.RECALLED, RuleCode.ALREADY_RECALLED, "the batch is already recalled");
        append(new BatchRecalled(batchId(), Text.required(command.recallId(), "recall id"),
                Text.required(command.reason(), "recall reason"), required(command.level(), "recall level"),
                holder(), available(), sold(), required(command.at(), "time"), children()));
    }

    /**
     * Takes part of this batch into a transformation; called by {@link TransformationCommandHandler}. Answers the
     * head hash after it, which the outputs link to (null for a history recorded before hashing began).
     */
    ChainHash consumeForTransformation(String transformationId, Quantity requested, List<String> outputs, Actor actor,
                                  Instant at) {
        requireHolder(actor);
        requireStock(Set.of(BatchStatus.REGISTERED, BatchStatus.ADMITTED), RuleCode.NOT_ADMITTED);
        Quantity quantity = requireTakeable(requested);
        append(new BatchTransformed(batchId(), transformationId, quantity, outputs, actor.actorId(), at));
        return headHash();
    }

    // ----- rules shared by the handlers -------------------------------------------------------------

    /** A suspended operator is refused before any other rule; the regulator does not trade. */
    static Actor requireOperator(Actor actor) {
        required(actor, "actor");
        refuseIf(actor.suspended(), RuleCode.OPERATOR_SUSPENDED, "operator " + actor.actorId() + " is suspended");
        refuseIf(actor.regulator(), RuleCode.FORBIDDEN, "the regulator does not trade in batches");
        return actor;
    }

    protected final void requireHolder(Actor actor) {
        requireOperator(actor);
        refuseIf(!actor.actorId().equals(holder()), RuleCode.NOT_HOLDER,
                "operator " + actor.actorId() + " does not hold batch " + batchId());
    }

    /**
     * Goods can move only while the batch is not frozen (recall, hold), refused or empty, and only in the
     * given statuses; any other status is refused with {@code otherwise}.
     */
    protected final void requireStock(Set<BatchStatus> allowed, RuleCode otherwise) {
        refuseIf(status() == BatchStatus.RECALLED, RuleCode.BATCH_RECALLED, "the batch is recalled");
        refuseIf(status() == BatchStatus.ON_HOLD, RuleCode.BATCH_ON_HOLD, "the batch is on hold until disposed of");
        refuseIf(status() == BatchStatus.REJECTED, RuleCode.BATCH_NOT_ACTIVE, "the batch was rejected at entry");
        refuseIf(status() == BatchStatus.DEPLETED || status() == BatchStatus.DISPOSED,
                RuleCode.INSUFFICIENT_QUANTITY, "nothing is left of the batch");
        refuseIf(!allowed.contains(status()), otherwise, "the batch is " + status());
    }

    /** A positive quantity in this batch's unit. */
    protected final Quantity requirePositiveInUnit(Quantity quantity) {
        refuseIf(quantity == null || !quantity.isPositive(), RuleCode.INVALID_QUANTITY, "a quantity must be positive");
        refuseIf(quantity.unit() != unit(), RuleCode.UNIT_MISMATCH,
                "the batch is counted in " + unit().symbol() + ", not " + quantity.unit().symbol());
        return quantity;
    }

    /** Mass balance: never more leaves than is available. */
    protected final Quantity requireTakeable(Quantity quantity) {
        requirePositiveInUnit(quantity);
        refuseIf(quantity.compareTo(available()) > 0, RuleCode.INSUFFICIENT_QUANTITY,
                "only " + available() + " available, " + quantity + " requested");
        return quantity;
    }

    /**
     * Applies the next event of this batch, chained to the last: its metadata carries its hash over the head so
     * far and its own canonical form (see {@link ChainLink}).
     */
    protected final void append(Object event) {
        apply(event, MetaData.from(ChainLink.next(headHash(), List.of(), event).metaData()));
    }

    /** Creates a child batch whose first event is chained to this batch's head, taken after the event that made it. */
    protected final void spawn(BatchDerived birth) {
        List<ChainHash> parentHeads = headHash() == null ? List.of() : List.of(headHash());
        try {
            AggregateLifecycle.createNew(Batch.class, () -> BatchFactory.derivedFrom(birth, parentHeads));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not create batch " + birth.batchId(), e);
        }
    }

    /** The first event of a child of this batch; it inherits identity, origin and GS1 keys. */
    protected final BatchDerived child(DerivedPart part, Derivation derivation, String destination,
                                       BatchStatus childStatus, Certificate childCertificate, Instant at) {
        Quantity taken = derivation == Derivation.SLAUGHTER ? available() : part.quantity();
        return new BatchDerived(part.batchId(), part.traceCode(), category(), part.product(), species(),
                part.quantity(), derivation, List.of(new ParentLink(batchId(), taken)),
                holder(), destination, childStatus, childCertificate, originRegion(), producer(),
                gtin(), lot(), expiresOn(), at);
    }

    protected static LocalDate dateOf(Instant at) {
        return TraceZone.dateOf(required(at, "time"));
    }

    private EntryDecision reject(RuleCode code, String presented, EnterMarket command) {
        append(new BatchRejected(batchId(), command.actor().actorId(), code, presented, command.at()));
        return EntryDecision.refusedWith(code, status());
    }

    private void record(Inspection inspection, Actor actor, Instant at) {
        append(new BatchInspected(batchId(), inspection.inspectionId(), inspection.analyte(), inspection.method(),
                inspection.value(), inspection.unit(), inspection.limit(), inspection.verdict(),
                inspection.sampleId(), actor.actorId(), required(at, "time")));
    }
}
