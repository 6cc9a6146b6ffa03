package org.foodtrace.api.signing;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key trace codes are signed with. Signing is on when {@code privateKey} is set; then {@code keyId} and
 * {@code publicKey} must be set too (Java cannot derive an Ed25519 public key from the private one, and the pair
 * is checked at start-up). Keys are PEM (as {@code openssl genpkey -algorithm ed25519} writes them) or the base64
 * of their DER encoding (PKCS#8 private, X.509 SubjectPublicKeyInfo public).
 *
 * @param keyId              the current key's id, printed into every signed link ({@code k=})
 * @param privateKey         the current private key; unset means links are not signed
 * @param publicKey          the current public key
 * @param retiredPublicKeys  earlier keys by id: labels printed before a rotation still verify
 */
@ConfigurationProperties("trace.signing")
public record SigningProperties(String keyId, String privateKey, String publicKey,
                                Map<String, String> retiredPublicKeys) {

    public SigningProperties {
        retiredPublicKeys = retiredPublicKeys == null ? Map.of() : Map.copyOf(retiredPublicKeys);
    }

    boolean enabled() {
        return privateKey != null && !privateKey.isBlank();
    }
}
