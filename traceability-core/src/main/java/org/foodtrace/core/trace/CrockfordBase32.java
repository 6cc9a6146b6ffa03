package org.foodtrace.core.trace;

/** Crockford's base-32 alphabet (no I, L, O, U) and the Luhn mod-N check character over it. */
final class CrockfordBase32 {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int N = ALPHABET.length();

    private CrockfordBase32() {
    }

    /** The symbol's value, after Crockford's aliases (O→0, I/L→1); -1 when it is not a symbol. */
    static int valueOf(char c) {
        if (c > 127) {
            return -1;
        }
        char upper = Character.toUpperCase(c);
        return switch (upper) {
            case 'O' -> 0;
            case 'I', 'L' -> 1;
            default -> ALPHABET.indexOf(upper);
        };
    }

    static char symbol(int value) {
        return ALPHABET.charAt(value);
    }

    /** Luhn mod-N check character for canonical symbols (payload without check character). */
    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return symbol((N - sum % N) % N);
    }
}
