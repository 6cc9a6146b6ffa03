package org.foodtrace.core.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest written as 64 lowercase hex digits; anything else is refused. */
public record ChainHash(String hex) {

    private static final HexFormat HEX = HexFormat.of();

    public ChainHash {
        if (hex == null || hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a chain hash is 64 lowercase hex digits, not " + hex);
        }
    }

    /** The hash in metadata, or null when the key is absent (an event recorded before hashing began). */
    public static ChainHash ofNullable(Object hex) {
        return hex == null ? null : new ChainHash(hex.toString());
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}. */
    public static ChainHash sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new ChainHash(HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
