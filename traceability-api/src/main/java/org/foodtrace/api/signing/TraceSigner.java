package org.foodtrace.api.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs trace claims with the configured Ed25519 key and checks signatures against the current and retired
 * public keys. Without a configured key nothing is signed (and that is logged once): a key made up at start-up
 * would change with every restart and leave printed labels unverifiable.
 */
@Component
public class TraceSigner {

    private static final Logger log = LoggerFactory.getLogger(TraceSigner.class);

    private final String keyId;
    private final PrivateKey privateKey;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();

    public TraceSigner(SigningProperties properties) {
        if (properties.enabled()) {
            if (properties.keyId() == null || properties.keyId().isBlank()) {
                throw new IllegalStateException("trace.signing.key-id must name the signing key");
            }
            keyId = properties.keyId();
            privateKey = Ed25519Keys.privateKey(properties.privateKey(), "trace.signing.private-key");
            PublicKey current = Ed25519Keys.publicKey(properties.publicKey(), "trace.signing.public-key");
            publicKeys.put(keyId, current);
            requirePair(privateKey, current);
        } else {
            keyId = null;
            privateKey = null;
            log.info("Trace codes are not signed: set trace.signing.key-id, private-key and public-key "
                    + "(TRACE_SIGNING_KEYID, TRACE_SIGNING_PRIVATEKEY, TRACE_SIGNING_PUBLICKEY) to sign them.");
        }
        properties.retiredPublicKeys().forEach((id, pem) -> publicKeys.putIfAbsent(id,
                Ed25519Keys.publicKey(pem, "trace.signing.retired-public-keys." + id)));
    }

    public boolean enabled() {
        return privateKey != null;
    }

    /** The signature of the claim with the current key (base64url, no padding), if signing is configured. */
    public Optional<String> sign(TraceClaim claim) {
        if (!enabled()) {
            return Optional.empty();
        }
        try {
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(claim.bytes());
            return Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** Whether the signature was made over the claim by the named key (current or retired). */
    public boolean verify(TraceClaim claim, String signingKeyId, String signature) {
        PublicKey key = signingKeyId == null ? null : publicKeys.get(signingKeyId);
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(claim.bytes());
            return verifier.verify(Base64.getUrlDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Every public key a label may have been signed with, the current one first. */
    public List<PublishedKey> publishedKeys() {
        List<PublishedKey> keys = new ArrayList<>();
        publicKeys.forEach((id, key) -> keys.add(new PublishedKey(id, "OKP", "Ed25519", Ed25519Keys.raw(key), "sig",
                id.equals(keyId) ? "current" : "retired", Ed25519Keys.pem(key))));
        return keys;
    }

    public Optional<PublishedKey> publishedKey(String id) {
        return publishedKeys().stream().filter(key -> key.kid().equals(id)).findFirst();
    }

    private static void requirePair(PrivateKey privateKey, PublicKey publicKey) {
        try {
            byte[] probe = "trace-signing-key-check".getBytes();
            Signature signer = Signature.getInstance(Ed25519Keys.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(Ed25519Keys.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("trace.signing.public-key is not the public key of "
                        + "trace.signing.private-key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JVM", e);
        }
    }
}
