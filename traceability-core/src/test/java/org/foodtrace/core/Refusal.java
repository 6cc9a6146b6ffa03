package org.foodtrace.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.test.matchers.Matchers;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.hamcrest.Matcher;

/** Expectations on refusals: a {@link DomainRuleViolation} with a given stable code. */
public final class Refusal {

    private Refusal() {
    }

    /** For {@code AggregateTestFixture.expectException(...)}. */
    public static Matcher<Object> violation(RuleCode code) {
        return Matchers.predicate(thrown -> thrown instanceof DomainRuleViolation violation && violation.code() == code);
    }

    public static void assertRefused(ThrowingCallable action, RuleCode code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }
}
