package org.foodtrace.projections.alert;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The most output a transformation plausibly makes from its inputs, by weight: inputs whose product matches
 * {@code input} give at most {@code maxYield} times their weight in outputs whose product matches {@code output}
 * (case-insensitive regular expressions, searched anywhere in the product name).
 */
public record YieldLimit(String name, String input, String output, BigDecimal maxYield) {

    public YieldLimit {
        Objects.requireNonNull(name, "name");
        Pattern.compile(Objects.requireNonNull(input, "input"));
        Pattern.compile(Objects.requireNonNull(output, "output"));
        if (maxYield == null || maxYield.signum() <= 0) {
            throw new IllegalArgumentException("yield limit " + name + " needs a positive max-yield");
        }
    }

    boolean isInput(String product) {
        return matches(input, product);
    }

    boolean isOutput(String product) {
        return matches(output, product);
    }

    private static boolean matches(String regex, String product) {
        return product != null
                && Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(product).find();
    }
}
