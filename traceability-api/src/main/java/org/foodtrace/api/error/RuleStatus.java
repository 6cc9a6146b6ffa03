package org.foodtrace.api.error;

import java.util.EnumSet;
import java.util.Set;

import org.foodtrace.core.shared.RuleCode;
import org.springframework.http.HttpStatus;

/** Who may act is 403 (NOT_HOLDER, NOT_DESTINATION, OPERATOR_SUSPENDED, FORBIDDEN); every other rule is 422. */
public final class RuleStatus {

    private static final Set<RuleCode> FORBIDDING = EnumSet.of(RuleCode.NOT_HOLDER, RuleCode.NOT_DESTINATION,
            RuleCode.OPERATOR_SUSPENDED, RuleCode.FORBIDDEN);

    private RuleStatus() {
    }

    public static HttpStatus of(RuleCode code) {
        return FORBIDDING.contains(code) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
