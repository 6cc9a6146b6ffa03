package org.foodtrace.core.trace;

import java.util.random.RandomGenerator;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/**
 * The code printed on labels and receipts (追溯码): 15 random Crockford base-32 symbols (75 bits, not
 * sequential, not guessable when drawn from a SecureRandom) followed by one Luhn mod-32 check
 * character. Parsing ignores case, hyphens and spaces and reads O as 0 and I/L as 1; a malformed code
 * is INVALID_TRACE_CODE and a wrong check character CHECK_CHARACTER_MISMATCH.
 */
public record TraceCode(String value) {

    public static final int LENGTH = 16;
    private static final int PAYLOAD_LENGTH = LENGTH - 1;

    public TraceCode {
        value = canonical(value);
    }

    /** Draws a new code from the given generator; pass a {@link java.security.SecureRandom} in production. */
    public static TraceCode generate(RandomGenerator random) {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < PAYLOAD_LENGTH; i++) {
            payload.append(CrockfordBase32.symbol(random.nextInt(CrockfordBase32.N)));
        }
        return new TraceCode(payload.append(CrockfordBase32.checkCharacter(payload)).toString());
    }

    /** Reads a code as a person may type it: any case, with hyphens or spaces, with O/I/L for 0/1/1. */
    public static TraceCode parse(String text) {
        return new TraceCode(text);
    }

    /** The code in groups of four for printing, e.g. {@code 7K3M-9QXR-2HDV-P0ZC}. */
    public String grouped() {
        return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
                value.substring(12, 16));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String text) {
        if (text == null) {
            throw new DomainRuleViolation(RuleCode.INVALID_TRACE_CODE, "a trace code is required");
        }
        if (text.length() > 4 * LENGTH) {
            throw new DomainRuleViolation(RuleCode.INVALID_TRACE_CODE, "not a trace code");
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            int value = CrockfordBase32.valueOf(c);
            if (value < 0) {
                throw new DomainRuleViolation(RuleCode.INVALID_TRACE_CODE, "not a trace code symbol: " + c);
            }
            symbols.append(CrockfordBase32.symbol(value));
        }
        if (symbols.length() != LENGTH) {
            throw new DomainRuleViolation(RuleCode.INVALID_TRACE_CODE, "a trace code has " + LENGTH + " symbols");
        }
        char expected = CrockfordBase32.checkCharacter(symbols.subSequence(0, PAYLOAD_LENGTH));
        if (symbols.charAt(PAYLOAD_LENGTH) != expected) {
            throw new DomainRuleViolation(RuleCode.CHECK_CHARACTER_MISMATCH, "wrong trace code check character");
        }
        return symbols.toString();
    }
}
