package org.foodtrace.core.gs1;

import java.util.regex.Pattern;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/**
 * A batch/lot number as GS1 Application Identifier (10) allows it: 1 to 20 characters of the GS1
 * character set 82 (letters, digits and {@code !"%&'()*+,-./:;<=>?_}). Blank is LOT_REQUIRED, any
 * other malformed value INVALID_LOT.
 */
public record LotNumber(String value) {

    private static final Pattern AI_10 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");

    public LotNumber {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(RuleCode.LOT_REQUIRED, "a lot number is required");
        }
        if (!AI_10.matcher(value).matches()) {
            throw new DomainRuleViolation(RuleCode.INVALID_LOT,
                    "a lot number is 1 to 20 characters of the GS1 character set 82");
        }
    }

    public static LotNumber of(String value) {
        return new LotNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
