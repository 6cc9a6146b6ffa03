package org.foodtrace.core.batch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.foodtrace.core.batch.Refusals.refuseIf;
import static org.foodtrace.core.batch.Refusals.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.messaging.MetaData;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;
import org.foodtrace.core.gs1.Gtin;
import org.foodtrace.core.gs1.LotNumber;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RegionCode;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;
import org.foodtrace.core.shared.TraceZone;
import org.foodtrace.core.trace.TraceCode;

/**
 * Brings batches into being as the subtype of their category: at registration, as children of another
 * batch, or as the product of a transformation. A new product must satisfy its category's rules on
 * species, units and GS1 keys (GTIN, lot, expiry).
 */
final class BatchFactory {

    private BatchFactory() {
    }

    /** An empty aggregate of the category's subtype, before its first event. */
    static Batch blank(Category category) {
        return switch (required(category, "category")) {
            case LIVESTOCK -> new LivestockBatch();
            case VEGETABLE -> new VegetableBatch();
            case GRAIN_OIL -> new GrainOilBatch();
            case INFANT_FORMULA -> new InfantFormulaBatch();
            case ALCOHOL -> new AlcoholBatch();
        };
    }

    /** Registration at the producer; to be called inside {@code Repository.newInstance}. */
    static Batch register(RegisterBatch command) {
        Actor producer = Batch.requireOperator(command.actor());
        Batch batch = blank(command.category());
        LocalDate producedOn = required(command.producedOn(), "production date");
        Quantity quantity = requireProduct(batch, command.product(), command.species(), command.quantity(),
                batch.registrationUnits());
        BatchRegistered registered = new BatchRegistered(BatchId.of(command.batchId()).value(),
                TraceCode.parse(command.traceCode()).value(), batch.category(), command.product(), command.species(),
                quantity, RegionCode.of(command.originRegion()).value(), producedOn, gtin(batch, command.gtin()),
                lot(batch, command.lot()), expiry(batch, producedOn, command.expiresOn()), producer.actorId(),
                required(command.at(), "time"));
        applyFirst(registered, List.of());
        return batch;
    }

    /** The first event of a transformation output, held and produced by the processor; validated here. */
    static BatchDerived transformationOutput(TransformationOutput output, List<ParentLink> inputs, Actor processor,
                                             Instant at) {
        required(output, "output");
        Batch kind = blank(output.category());
        Quantity quantity = requireProduct(kind, output.product(), output.species(), output.quantity(),
                kind.processedUnits());
        LocalDate producedOn = TraceZone.dateOf(required(at, "time"));
        return new BatchDerived(BatchId.of(output.batchId()).value(), TraceCode.parse(output.traceCode()).value(),
                kind.category(), output.product(), output.species(), quantity, Derivation.TRANSFORM, inputs,
                processor.actorId(), null, BatchStatus.REGISTERED, null, null, processor.actorId(),
                gtin(kind, output.gtin()), lot(kind, output.lot()), expiry(kind, producedOn, output.expiresOn()), at);
    }

    /**
     * A child batch from its first event, chained to its parents' head hashes; to be called inside
     * {@code createNew} or {@code newInstance}.
     */
    static Batch derivedFrom(BatchDerived birth, List<ChainHash> parentHeads) {
        Batch batch = blank(birth.category());
        applyFirst(birth, parentHeads);
        return batch;
    }

    /** The first event of a batch starts its chain: no previous hash, the parents' heads if it has parents. */
    private static void applyFirst(Object event, List<ChainHash> parentHeads) {
        apply(event, MetaData.from(ChainLink.next(null, parentHeads, event).metaData()));
    }

    private static Quantity requireProduct(Batch kind, String product, Species species, Quantity quantity,
                                           Set<QuantityUnit> units) {
        Text.required(product, "product");
        kind.checkSpecies(species);
        refuseIf(quantity == null || !quantity.isPositive(), RuleCode.INVALID_QUANTITY, "a quantity must be positive");
        refuseIf(!units.contains(quantity.unit()), RuleCode.INVALID_UNIT,
                kind.category() + " is not counted in " + quantity.unit().symbol());
        return quantity;
    }

    private static String gtin(Batch kind, String gtin) {
        boolean absent = gtin == null || gtin.isBlank();
        refuseIf(absent && kind.gtinRequired(), RuleCode.GTIN_REQUIRED, kind.category() + " needs a GTIN");
        return absent ? null : Gtin.of(gtin).value();
    }

    private static String lot(Batch kind, String lot) {
        boolean absent = lot == null || lot.isBlank();
        refuseIf(absent && kind.lotRequired(), RuleCode.LOT_REQUIRED, kind.category() + " needs a lot number");
        return absent ? null : LotNumber.of(lot).value();
    }

    private static LocalDate expiry(Batch kind, LocalDate producedOn, LocalDate expiresOn) {
        refuseIf(expiresOn == null && kind.expiryRequired(), RuleCode.EXPIRY_REQUIRED,
                kind.category() + " needs an expiry date");
        refuseIf(expiresOn != null && expiresOn.isBefore(producedOn), RuleCode.EXPIRY_BEFORE_PRODUCTION,
                "a product cannot expire before it is produced");
        return expiresOn;
    }
}
