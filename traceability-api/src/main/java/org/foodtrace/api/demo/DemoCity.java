package org.foodtrace.api.demo;

import org.foodtrace.core.shared.OperatorProfile;

/**
 * The lots and operators of the demo that its start-up message and the tests point at; {@code recallId} is the
 * open recall of the pigs from 阳春市 (null until it is opened).
 */
public record DemoCity(Lot porkAtDongmen, Lot porkAtSupermarket, Lot choySumAtDongmen, Lot cabbageOnHold,
                       Lot lettuceRefused, Lot rice, Lot formula, Lot pigsFromChunwan, OperatorProfile dongmen,
                       OperatorProfile supermarket, OperatorProfile slaughterhouse, String recallId) {

    public DemoCity withRecall(String recallId) {
        return new DemoCity(porkAtDongmen, porkAtSupermarket, choySumAtDongmen, cabbageOnHold, lettuceRefused, rice,
                formula, pigsFromChunwan, dongmen, supermarket, slaughterhouse, recallId);
    }
}
