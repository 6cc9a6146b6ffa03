package org.foodtrace.api.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.Inspection;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.DisposeBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.InspectBatch;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.trace.TraceCode;

/**
 * Records a food chain through the command gateway, one command per act, as the API's endpoints would send
 * them: the caller draws ids and trace codes, and every act names who did it and when. A refusal by a rule
 * escapes as the domain's exception.
 */
public class SupplyChain {

    private final CommandGateway commands;
    private final RandomGenerator random;

    public SupplyChain(CommandGateway commands, RandomGenerator random) {
        this.commands = commands;
        this.random = random;
    }

    public OperatorProfile operator(String name, OperatorKind kind, String region, boolean designated,
                                    String licenseNumber, Instant at) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterOperator(id, name, kind, licenseNumber, region, designated, at));
        return new OperatorProfile(id, kind, designated);
    }

    public Lot register(OperatorProfile producer, Category category, String product, Species species,
                        Quantity quantity, String originRegion, LocalDate producedOn, Instant at) {
        return register(producer, category, product, species, quantity, originRegion, producedOn, null, null, null,
                at);
    }

    public Lot register(OperatorProfile producer, Category category, String product, Species species,
                        Quantity quantity, String originRegion, LocalDate producedOn, String gtin, String lot,
                        LocalDate expiresOn, Instant at) {
        Lot batch = newLot();
        commands.sendAndWait(new RegisterBatch(batch.batchId(), batch.traceCode(), category, product, species,
                quantity, originRegion, producedOn, gtin, lot, expiresOn, as(producer), at));
        return batch;
    }

    public void exitOrigin(Lot batch, OperatorProfile producer, Certificate certificate, OperatorProfile destination,
                           Instant at) {
        commands.sendAndWait(new ExitOrigin(batch.batchId(), certificate, destination, as(producer), at));
    }

    public EntryDecision enter(Lot batch, OperatorProfile market, String certificateNumber, Instant at) {
        return enter(batch, market, certificateNumber, null, at);
    }

    public EntryDecision enter(Lot batch, OperatorProfile market, String certificateNumber, Inspection inspection,
                               Instant at) {
        return commands.sendAndWait(new EnterMarket(batch.batchId(), certificateNumber, inspection, as(market), at));
    }

    /** A rapid test (快检) at the holder, or sampling (抽检) by the regulator when {@code by} is null. */
    public void inspect(Lot batch, OperatorProfile by, String analyte, String method, String value, String unit,
                        String limit, Verdict verdict, Instant at) {
        commands.sendAndWait(new InspectBatch(batch.batchId(), UUID.randomUUID().toString(), analyte, method,
                new BigDecimal(value), unit, new BigDecimal(limit), verdict, "S-" + random.nextInt(100_000, 999_999),
                by == null ? Actor.theRegulator() : as(by), at));
    }

    public static Inspection gateTest(String analyte, String method, String value, String unit, String limit,
                                      Verdict verdict) {
        return new Inspection(UUID.randomUUID().toString(), analyte, method, new BigDecimal(value), unit,
                new BigDecimal(limit), verdict, null);
    }

    /** Slaughters all the animals after a negative β-agonist test into one output. */
    public Lot slaughter(Lot animals, OperatorProfile slaughterhouse, String meatQuarantineCertificate,
                         String product, Quantity output, Instant at) {
        Lot carcass = newLot();
        commands.sendAndWait(new SlaughterBatch(animals.batchId(), BetaAgonistTest.allNegative(),
                meatQuarantineCertificate, List.of(new DerivedPart(carcass.batchId(), carcass.traceCode(), product,
                        output)), as(slaughterhouse), at));
        return carcass;
    }

    public List<Lot> split(Lot batch, OperatorProfile holder, String product, List<Quantity> parts, Instant at) {
        List<Lot> lots = new ArrayList<>();
        List<DerivedPart> derived = new ArrayList<>();
        for (Quantity part : parts) {
            Lot lot = newLot();
            lots.add(lot);
            derived.add(new DerivedPart(lot.batchId(), lot.traceCode(), product, part));
        }
        commands.sendAndWait(new SplitBatch(batch.batchId(), derived, as(holder), at));
        return lots;
    }

    public Lot dispatch(Lot batch, OperatorProfile holder, OperatorProfile destination, Quantity quantity,
                        Instant at) {
        Lot child = newLot();
        commands.sendAndWait(new DispatchBatch(batch.batchId(), child.batchId(), child.traceCode(), destination,
                quantity, as(holder), at));
        return child;
    }

    /** Processing (e.g. paddy → rice): one input, one output of a new product, held by the processor. */
    public Lot transform(Lot input, Quantity taken, OperatorProfile processor, Category category, String product,
                         Quantity output, Instant at) {
        Lot made = newLot();
        commands.sendAndWait(new TransformBatches(UUID.randomUUID().toString(),
                List.of(new ParentLink(input.batchId(), taken)),
                List.of(new TransformationOutput(made.batchId(), made.traceCode(), category, product, null, output,
                        null, null, null)), as(processor), at));
        return made;
    }

    public Quantity sell(Lot batch, OperatorProfile holder, Quantity quantity, Instant at) {
        SaleOutcome sale = commands.sendAndWait(new SellBatch(batch.batchId(), UUID.randomUUID().toString(),
                quantity, null, as(holder), at));
        if (!sale.sold()) {
            throw new IllegalStateException("demo sale refused: " + sale.refusal());
        }
        return sale.available();
    }

    public Quantity dispose(Lot batch, OperatorProfile holder, Quantity quantity, String method, String witness,
                            Instant at) {
        return commands.sendAndWait(new DisposeBatch(batch.batchId(), quantity, method, witness, as(holder), at));
    }

    /**
     * Opens a recall (召回) of {@code root} as the regulator API does: the affected set is the root and its
     * descendants as the lineage read model knows them; the recall process marks the rest. Answers the recall id.
     */
    public String openRecall(Lot root, List<String> affectedBatchIds, String reason, RecallLevel level, Instant at) {
        return commands.sendAndWait(new OpenRecall(UUID.randomUUID().toString(), root.batchId(), affectedBatchIds,
                reason, level, at));
    }

    private Lot newLot() {
        return new Lot(UUID.randomUUID().toString(), TraceCode.generate(random).value());
    }

    private static Actor as(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }
}
