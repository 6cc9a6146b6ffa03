package org.foodtrace.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foodtrace.core.Refusal.assertRefused;

import org.foodtrace.core.operator.OperatorKind;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final OperatorProfile SLAUGHTERHOUSE =
            new OperatorProfile("7a6e9b62-0b8b-4a47-9d1e-1f1e5c9d0a11", OperatorKind.SLAUGHTERHOUSE, true);

    @Test
    void anOperatorActorCarriesItsProfileAndSuspension() {
        Actor actor = Actor.operator(SLAUGHTERHOUSE, true);

        assertThat(actor.regulator()).isFalse();
        assertThat(actor.suspended()).isTrue();
        assertThat(actor.profile()).isEqualTo(SLAUGHTERHOUSE);
    }

    @Test
    void theRegulatorIsNoOperator() {
        Actor regulator = Actor.theRegulator();

        assertThat(regulator.actorId()).isEqualTo(Actor.REGULATOR_ID);
        assertRefused(regulator::profile, RuleCode.FORBIDDEN);
    }

    @Test
    void onlyTheRegulatorFactoryMakesARegulator() {
        assertThatThrownBy(() -> new Actor("someone", true, null, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperatorActorNeedsAnOperatorIdAndKind() {
        assertRefused(() -> new Actor("regulator", false, OperatorKind.FARM, false, false), RuleCode.INVALID_ID);
        assertRefused(() -> new Actor(SLAUGHTERHOUSE.operatorId(), false, null, false, false), RuleCode.MISSING_VALUE);
    }

    @Test
    void onlyADesignatedSlaughterhouseIsDesignatedForSlaughter() {
        assertThat(SLAUGHTERHOUSE.designatedForSlaughter()).isTrue();
        assertThat(new OperatorProfile(SLAUGHTERHOUSE.operatorId(), OperatorKind.FARM, true).designatedForSlaughter())
                .isFalse();
    }
}
