package org.foodtrace.core.batch;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/**
 * A β-agonist (瘦肉精) test of animals before slaughter: clenbuterol, ractopamine and salbutamol, each
 * with a result. The animals may be slaughtered only when all three are NEGATIVE.
 */
public record BetaAgonistTest(TestResult clenbuterol, TestResult ractopamine, TestResult salbutamol) {

    public BetaAgonistTest {
        if (clenbuterol == null || ractopamine == null || salbutamol == null) {
            throw new DomainRuleViolation(RuleCode.BETA_AGONIST_TEST_REQUIRED,
                    "clenbuterol, ractopamine and salbutamol must all be tested");
        }
    }

    public static BetaAgonistTest allNegative() {
        return new BetaAgonistTest(TestResult.NEGATIVE, TestResult.NEGATIVE, TestResult.NEGATIVE);
    }

    public boolean passed() {
        return clenbuterol == TestResult.NEGATIVE && ractopamine == TestResult.NEGATIVE
                && salbutamol == TestResult.NEGATIVE;
    }
}
