package org.foodtrace.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.operator.Operator;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.operator.api.ReinstateOperator;
import org.foodtrace.core.operator.api.SuspendOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.OperatorId;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch does not look other aggregates up: the caller reads the operators from the event store (the
 * Operator aggregate, not an eventually consistent projection) and passes them in the command as the
 * {@link Actor} and destination {@link OperatorProfile}. A suspension therefore applies to the very next
 * command, and a designation is what the registry holds at that moment.
 */
class OperatorLookupTest {

    private static final Instant AT = Instant.parse("2026-11-21T02:00:00Z");

    private final InMemoryDomain domain = new InMemoryDomain();
    private final SplittableRandom random = new SplittableRandom(5);

    @AfterEach
    void tearDown() {
        domain.close();
    }

    @Test
    void aSuspensionAppliesToTheVeryNextCommandOfTheOperator() {
        String farm = register(OperatorKind.FARM, false);
        registerPigs(farm);

        domain.send(new SuspendOperator(farm, "forged quarantine certificates", AT));

        assertRefused(() -> registerPigs(farm), RuleCode.OPERATOR_SUSPENDED);
    }

    @Test
    void aReinstatedOperatorActsAgain() {
        String farm = register(OperatorKind.FARM, false);
        domain.send(new SuspendOperator(farm, "forged quarantine certificates", AT));

        domain.send(new ReinstateOperator(farm, AT));

        assertThat(registerPigs(farm)).isNotNull();
    }

    @Test
    void theDestinationsDesignationIsReadFromTheRegistry() {
        String farm = register(OperatorKind.FARM, false);
        String designated = register(OperatorKind.SLAUGHTERHOUSE, true);
        String undesignated = register(OperatorKind.SLAUGHTERHOUSE, false);
        String toDesignated = registerPigs(farm);
        String toUndesignated = registerPigs(farm);

        domain.send(new ExitOrigin(toDesignated, quarantine(), profile(designated), actor(farm), AT));

        assertRefused(() -> domain.send(new ExitOrigin(toUndesignated, quarantine(), profile(undesignated),
                actor(farm), AT)), RuleCode.NOT_DESIGNATED_SLAUGHTERHOUSE);
    }

    private String register(OperatorKind kind, boolean designated) {
        String id = OperatorId.random().value();
        domain.send(new RegisterOperator(id, kind + " operator", kind, "GD-YJ-" + id.substring(0, 4), "441702",
                designated, AT));
        return id;
    }

    private String registerPigs(String farm) {
        String id = BatchId.random().value();
        return domain.send(new RegisterBatch(id, TraceCode.generate(random).value(), Category.LIVESTOCK, "Live pigs",
                Species.PIG, Quantity.of(20, QuantityUnit.HEAD), "441702", LocalDate.parse("2026-11-20"), null, null,
                null, actor(farm), AT));
    }

    private Actor actor(String operatorId) {
        return domain.read(Operator.class, operatorId, Operator::actor);
    }

    private OperatorProfile profile(String operatorId) {
        return domain.read(Operator.class, operatorId, Operator::profile);
    }

    private static Certificate quarantine() {
        return new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345", "Yangdong Animal Health Station",
                LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-24"));
    }
}
