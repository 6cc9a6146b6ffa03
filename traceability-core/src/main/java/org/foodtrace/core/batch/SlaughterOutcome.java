package org.foodtrace.core.batch;

import java.util.List;

import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.shared.RuleCode;

/**
 * What a slaughter command did: the output batches created, or the recorded refusal
 * (BETA_AGONIST_POSITIVE, the animals now ON_HOLD) with no outputs.
 */
public record SlaughterOutcome(boolean slaughtered, List<DerivedPart> outputs, RuleCode refusal) {

    public SlaughterOutcome {
        outputs = List.copyOf(outputs);
    }

    public static SlaughterOutcome completed(List<DerivedPart> outputs) {
        return new SlaughterOutcome(true, outputs, null);
    }

    public static SlaughterOutcome refusedWith(RuleCode refusal) {
        return new SlaughterOutcome(false, List.of(), refusal);
    }
}
