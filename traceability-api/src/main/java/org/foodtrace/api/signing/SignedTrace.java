package org.foodtrace.api.signing;

/**
 * A signed trace claim as published: the claim's fields, the exact message signed, the key id and the signature
 * (base64url, no padding), and the link with all of it that the QR code carries.
 */
public record SignedTrace(String traceCode, String product, String headHash, String message, String algorithm,
                          String keyId, String signature, String link) {
}
