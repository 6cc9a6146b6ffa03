package org.foodtrace.api.signing;

/**
 * A public key in JSON Web Key form (RFC 8037: {@code kty} OKP, {@code crv} Ed25519, {@code x} the raw 32-byte key
 * in base64url), with whether it signs new labels ({@code current}) or only verifies old ones ({@code retired}),
 * and the same key as PEM for {@code openssl}.
 */
public record PublishedKey(String kid, String kty, String crv, String x, String use, String status, String pem) {
}
