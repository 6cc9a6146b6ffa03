package org.foodtrace.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.violation;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.operator.api.ReinstateOperator;
import org.foodtrace.core.operator.api.SuspendOperator;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 一户一档 and the red/black list: registration, suspension with a reason, reinstatement. */
class OperatorTest {

    private static final String ID = "7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a11";
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final OperatorRegistered REGISTERED = new OperatorRegistered(ID, "Yangjiang Meat Co.",
            OperatorKind.SLAUGHTERHOUSE, "GD-YJ-0007", "441702", true, AT);

    private FixtureConfiguration<Operator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Operator.class);
    }

    @Test
    void theRegulatorRegistersAnOperatorWhichStartsActive() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOperator(ID, "Yangjiang Meat Co.", OperatorKind.SLAUGHTERHOUSE, "GD-YJ-0007",
                        "441702", true, AT))
                .expectEvents(REGISTERED)
                .expectState(operator -> assertThat(operator.status()).isEqualTo(OperatorStatus.ACTIVE));
    }

    @Test
    void onlyASlaughterhouseCanBeDesignatedForSlaughter() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOperator(ID, "Pinggang Pig Farm", OperatorKind.FARM, "GD-YJ-0001", "441702", true, AT))
                .expectException(violation(RuleCode.NOT_SLAUGHTERHOUSE))
                .expectNoEvents();
    }

    @Test
    void anOperatorIsRegisteredInASixDigitRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOperator(ID, "Pinggang Pig Farm", OperatorKind.FARM, "GD-YJ-0001", "4417", false, AT))
                .expectException(violation(RuleCode.INVALID_REGION))
                .expectNoEvents();
    }

    @Test
    void anOperatorNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOperator(ID, " ", OperatorKind.FARM, "GD-YJ-0001", "441702", false, AT))
                .expectException(violation(RuleCode.INVALID_TEXT))
                .expectNoEvents();
    }

    @Test
    void suspendingPutsAnActiveOperatorOnTheBlackListWithAReason() {
        fixture.given(REGISTERED)
                .when(new SuspendOperator(ID, "β-agonist found in pork", AT))
                .expectEvents(new OperatorSuspended(ID, "β-agonist found in pork", AT))
                .expectState(operator -> assertThat(operator.actor().suspended()).isTrue());
    }

    @Test
    void aSuspensionNeedsAReason() {
        fixture.given(REGISTERED)
                .when(new SuspendOperator(ID, "", AT))
                .expectException(violation(RuleCode.INVALID_TEXT))
                .expectNoEvents();
    }

    @Test
    void suspendingASuspendedOperatorIsRefused() {
        fixture.given(REGISTERED, new OperatorSuspended(ID, "β-agonist found in pork", AT))
                .when(new SuspendOperator(ID, "again", AT))
                .expectException(violation(RuleCode.OPERATOR_ALREADY_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void reinstatingTakesASuspendedOperatorOffTheBlackList() {
        fixture.given(REGISTERED, new OperatorSuspended(ID, "β-agonist found in pork", AT))
                .when(new ReinstateOperator(ID, AT))
                .expectEvents(new OperatorReinstated(ID, AT))
                .expectState(operator -> assertThat(operator.status()).isEqualTo(OperatorStatus.ACTIVE));
    }

    @Test
    void reinstatingAnActiveOperatorIsRefused() {
        fixture.given(REGISTERED)
                .when(new ReinstateOperator(ID, AT))
                .expectException(violation(RuleCode.OPERATOR_NOT_SUSPENDED))
                .expectNoEvents();
    }

    @Test
    void anOperatorDescribesItselfToBatchesAsAProfileAndAnActor() {
        fixture.given(REGISTERED)
                .when(new SuspendOperator(ID, "expired licence", AT))
                .expectState(operator -> {
                    assertThat(operator.profile()).isEqualTo(new OperatorProfile(ID, OperatorKind.SLAUGHTERHOUSE, true));
                    assertThat(operator.actor().designatedSlaughterhouse()).isTrue();
                    assertThat(operator.actor().actorId()).isEqualTo(ID);
                });
    }
}
