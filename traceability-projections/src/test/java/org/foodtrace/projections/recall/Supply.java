package org.foodtrace.projections.recall;

import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.traceCode;
import static org.foodtrace.projections.testing.Fixtures.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.DisposeBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;

/**
 * Drives an infant-formula supply chain through the command gateway, as the API would: a factory lot leaves with
 * its factory inspection certificate, distributors and supermarkets admit it, pass it on and sell from it.
 */
public final class Supply {

    public static final String GTIN = "06901234567892";
    public static final String CERTIFICATE = "FI-2026-1120";
    public static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

    private final CommandGateway commands;
    private Instant clock = START;

    public Supply(CommandGateway commands) {
        this.commands = commands;
    }

    public static Actor actor(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    /** A registered operator of the kind. */
    public OperatorProfile operator(OperatorKind kind, String name, String region) {
        String operatorId = id();
        commands.sendAndWait(new RegisterOperator(operatorId, name, kind, "LIC-" + operatorId.substring(0, 8), region,
                false, next()));
        return new OperatorProfile(operatorId, kind, false);
    }

    /** An infant formula lot registered at the factory: GTIN, lot number and expiry date. */
    public String formulaLot(OperatorProfile factory, long units, String lot) {
        String batchId = id();
        commands.sendAndWait(new RegisterBatch(batchId, traceCode(), Category.INFANT_FORMULA, "Infant formula stage 1",
                null, units(units), "441702", LocalDate.parse("2026-11-19"), GTIN, lot, LocalDate.parse("2028-11-19"),
                actor(factory), next()));
        return batchId;
    }

    /** Splits a batch held by the holder into parts of the given sizes; answers the parts' ids. */
    public List<String> split(String batchId, OperatorProfile holder, long... sizes) {
        List<DerivedPart> parts = new ArrayList<>();
        for (long size : sizes) {
            parts.add(new DerivedPart(id(), traceCode(), "Infant formula stage 1", units(size)));
        }
        commands.sendAndWait(new SplitBatch(batchId, parts, actor(holder), next()));
        return parts.stream().map(DerivedPart::batchId).toList();
    }

    /** Origin exit of a registered batch to the destination, which admits it. */
    public void ship(String batchId, OperatorProfile factory, OperatorProfile destination) {
        commands.sendAndWait(new ExitOrigin(batchId, new Certificate(CertificateType.FACTORY_INSPECTION, CERTIFICATE,
                "Factory QA lab", LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-31")), destination,
                actor(factory), next()));
        admit(batchId, destination);
    }

    /** Dispatches part of an admitted batch to the destination, which admits it; answers the child's id. */
    public String dispatch(String batchId, OperatorProfile holder, OperatorProfile destination, long units) {
        String child = dispatchOnly(batchId, holder, destination, units);
        admit(child, destination);
        return child;
    }

    /** Dispatches part of an admitted batch; the child stays in transit. Answers the child's id. */
    public String dispatchOnly(String batchId, OperatorProfile holder, OperatorProfile destination, long units) {
        String child = id();
        commands.sendAndWait(new DispatchBatch(batchId, child, traceCode(), destination, units(units), actor(holder),
                next()));
        return child;
    }

    public void admit(String batchId, OperatorProfile destination) {
        EntryDecision decision = commands.sendAndWait(new EnterMarket(batchId, CERTIFICATE, null, actor(destination),
                next()));
        if (!decision.admitted()) {
            throw new IllegalStateException("not admitted: " + decision);
        }
    }

    /** Sells from the batch; answers the sale id. */
    public String sell(String batchId, OperatorProfile holder, long units) {
        String saleId = "sale-" + id();
        commands.sendAndWait(new SellBatch(batchId, saleId, units(units), "Walk-in customer 13800138000",
                actor(holder), next()));
        return saleId;
    }

    public Quantity dispose(String batchId, OperatorProfile holder, long units) {
        return commands.sendAndWait(new DisposeBatch(batchId, units(units), "incineration", "Market inspector Li",
                actor(holder), next()));
    }

    /** The story's clock: a minute later at every step. */
    public synchronized Instant next() {
        clock = clock.plusSeconds(60);
        return clock;
    }
}
