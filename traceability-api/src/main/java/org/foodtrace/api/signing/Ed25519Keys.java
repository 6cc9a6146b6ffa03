package org.foodtrace.api.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Reads Ed25519 keys from PEM or base64 DER, and writes a public key as PEM or as its raw 32 bytes. */
final class Ed25519Keys {

    static final String ALGORITHM = "Ed25519";

    /** The fixed X.509 SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410): 12 bytes, then the raw key. */
    private static final int SPKI_PREFIX = 12;

    private Ed25519Keys() {
    }

    static PrivateKey privateKey(String text, String name) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(text, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is not an Ed25519 private key (PKCS#8): " + e.getMessage(), e);
        }
    }

    static PublicKey publicKey(String text, String name) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(text, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " is not an Ed25519 public key (X.509): " + e.getMessage(), e);
        }
    }

    static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** The raw 32-byte key, base64url without padding (a JWK's {@code x}). */
    static String raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                Arrays.copyOfRange(encoded, SPKI_PREFIX, encoded.length));
    }

    private static byte[] der(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is neither PEM nor base64: " + e.getMessage(), e);
        }
    }
}
