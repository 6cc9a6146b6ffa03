package org.foodtrace.projections.alert;

import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.traceCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.SlaughterOutcome;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.InspectBatch;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;

/**
 * Drives supply chains through the command gateway, as the API would, for the alert tests. Its clock moves a
 * minute at every step unless told to jump; certificates are valid from 2026-11-01 through 2027-12-31.
 */
final class Chain {

    private static final LocalDate ISSUED = LocalDate.parse("2026-11-01");
    private static final LocalDate VALID_UNTIL = LocalDate.parse("2027-12-31");

    private final CommandGateway commands;
    private Instant clock = Instant.parse("2026-11-20T01:00:00Z");

    Chain(CommandGateway commands) {
        this.commands = commands;
    }

    static Actor actor(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    OperatorProfile operator(OperatorKind kind, String name) {
        String operatorId = id();
        boolean designated = kind == OperatorKind.SLAUGHTERHOUSE;
        commands.sendAndWait(new RegisterOperator(operatorId, name, kind, "LIC-" + operatorId.substring(0, 8),
                "441702", designated, next()));
        return new OperatorProfile(operatorId, kind, designated);
    }

    String register(OperatorProfile producer, Category category, String product, Species species,
                    Quantity quantity) {
        return register(producer, category, product, species, quantity, null, null, null);
    }

    String register(OperatorProfile producer, Category category, String product, Species species, Quantity quantity,
                    String gtin, String lot, LocalDate expiresOn) {
        String batchId = id();
        commands.sendAndWait(new RegisterBatch(batchId, traceCode(), category, product, species, quantity, "441702",
                LocalDate.parse("2026-11-19"), gtin, lot, expiresOn, actor(producer), next()));
        return batchId;
    }

    void exit(String batchId, OperatorProfile holder, OperatorProfile destination, CertificateType type,
              String number) {
        commands.sendAndWait(new ExitOrigin(batchId, new Certificate(type, number, "Station", ISSUED, VALID_UNTIL),
                destination, actor(holder), next()));
    }

    EntryDecision enter(String batchId, OperatorProfile operator, String number) {
        return commands.sendAndWait(new EnterMarket(batchId, number, null, actor(operator), next()));
    }

    /** Origin exit to the destination, which admits the batch. */
    void ship(String batchId, OperatorProfile holder, OperatorProfile destination, CertificateType type,
              String number) {
        exit(batchId, holder, destination, type, number);
        EntryDecision decision = enter(batchId, destination, number);
        if (!decision.admitted()) {
            throw new IllegalStateException("not admitted: " + decision);
        }
    }

    /** Dispatch of part of an admitted batch to the destination, which admits it; answers the child. */
    String dispatch(String batchId, OperatorProfile holder, OperatorProfile destination, Quantity quantity,
                    String certificateNumber) {
        String child = id();
        commands.sendAndWait(new DispatchBatch(batchId, child, traceCode(), destination, quantity, actor(holder),
                next()));
        EntryDecision decision = enter(child, destination, certificateNumber);
        if (!decision.admitted()) {
            throw new IllegalStateException("not admitted: " + decision);
        }
        return child;
    }

    SaleOutcome sell(String batchId, OperatorProfile holder, Quantity quantity) {
        return commands.sendAndWait(new SellBatch(batchId, "sale-" + id(), quantity, null, actor(holder), next()));
    }

    List<String> split(String batchId, OperatorProfile holder, String product, Quantity... parts) {
        List<DerivedPart> derived = new ArrayList<>();
        for (Quantity part : parts) {
            derived.add(new DerivedPart(id(), traceCode(), product, part));
        }
        commands.sendAndWait(new SplitBatch(batchId, derived, actor(holder), next()));
        return derived.stream().map(DerivedPart::batchId).toList();
    }

    /** Transforms the whole of each input quantity into outputs of the category; answers the outputs' ids. */
    List<String> transform(OperatorProfile processor, List<ParentLink> inputs, Category category,
                           Output... outputs) {
        List<TransformationOutput> made = new ArrayList<>();
        for (Output output : outputs) {
            made.add(new TransformationOutput(id(), traceCode(), category, output.product(), null, output.quantity(),
                    null, null, null));
        }
        commands.sendAndWait(new TransformBatches("transformation-" + id(), inputs, made, actor(processor), next()));
        return made.stream().map(TransformationOutput::batchId).toList();
    }

    /** Slaughters the animals with the meat quarantine certificate "MQ-" + batchId; answers the outputs' ids. */
    List<String> slaughter(String batchId, OperatorProfile slaughterhouse, Output... outputs) {
        List<DerivedPart> parts = new ArrayList<>();
        for (Output output : outputs) {
            parts.add(new DerivedPart(id(), traceCode(), output.product(), output.quantity()));
        }
        SlaughterOutcome outcome = commands.sendAndWait(new SlaughterBatch(batchId, BetaAgonistTest.allNegative(),
                "MQ-" + batchId, parts, actor(slaughterhouse), next()));
        if (!outcome.slaughtered()) {
            throw new IllegalStateException("not slaughtered: " + outcome);
        }
        return parts.stream().map(DerivedPart::batchId).toList();
    }

    void inspect(String batchId, Actor inspector, Verdict verdict) {
        commands.sendAndWait(new InspectBatch(batchId, id(), "organophosphate", "enzyme-inhibition",
                new BigDecimal(verdict == Verdict.FAIL ? "62.0" : "12.0"), "%", new BigDecimal("50"), verdict, "S-1",
                inspector, next()));
    }

    /** Moves the story's clock on. */
    synchronized void jump(Duration duration) {
        clock = clock.plus(duration);
    }

    synchronized Instant next() {
        clock = clock.plusSeconds(60);
        return clock;
    }

    record Output(String product, Quantity quantity) {
    }
}
