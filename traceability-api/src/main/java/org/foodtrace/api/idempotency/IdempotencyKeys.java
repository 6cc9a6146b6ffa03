package org.foodtrace.api.idempotency;

import java.util.regex.Pattern;

import org.foodtrace.api.error.ApiProblem;

/** The header and what a key may look like: 1 to 255 visible ASCII characters. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeys() {
    }

    /** The key, null when the header is absent; a malformed key is refused with 400. */
    public static String validated(String header) {
        if (header == null) {
            return null;
        }
        if (!VALID.matcher(header).matches()) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return header;
    }
}
