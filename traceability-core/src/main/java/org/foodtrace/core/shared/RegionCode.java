package org.foodtrace.core.shared;

import java.util.regex.Pattern;

/** A Chinese administrative division code: exactly 6 ASCII digits, e.g. 441702 (Jiangcheng, Yangjiang). */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new DomainRuleViolation(RuleCode.INVALID_REGION, "a region is a 6-digit code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
