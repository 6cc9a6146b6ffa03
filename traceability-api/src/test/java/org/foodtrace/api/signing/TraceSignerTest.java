package org.foodtrace.api.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The signer signs with the current key, verifies with current and retired keys, and refuses a wrong pair. */
class TraceSignerTest {

    private static final TraceClaim CLAIM = new TraceClaim("7K3M9QXR2HDVP0ZC", "韭菜 Leeks",
            "5b0f3c1e8a7d6f4b2c9e0a1d3f5b7c9e1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d");

    @Test
    void withoutAKeyNothingIsSigned() {
        TraceSigner signer = new TraceSigner(new SigningProperties(null, null, null, null));

        assertThat(signer.enabled()).isFalse();
        assertThat(signer.sign(CLAIM)).isEmpty();
        assertThat(signer.publishedKeys()).isEmpty();
    }

    @Test
    void aLabelSignedBeforeARotationStillVerifiesWithTheRetiredKey() throws Exception {
        KeyPair old = pair();
        KeyPair current = pair();
        String oldSignature = new TraceSigner(properties("2025-01", old, Map.of())).sign(CLAIM).orElseThrow();

        TraceSigner rotated = new TraceSigner(properties("2026-11", current, Map.of("2025-01", pem(old))));

        assertThat(rotated.verify(CLAIM, "2025-01", oldSignature)).isTrue();
        assertThat(rotated.verify(CLAIM, "2026-11", oldSignature)).isFalse();
        assertThat(rotated.verify(new TraceClaim(CLAIM.traceCode(), "Other", CLAIM.headHash()), "2025-01",
                oldSignature)).isFalse();
    }

    @Test
    void aPublicKeyThatIsNotThePrivateKeysOwnIsRefusedAtStart() throws Exception {
        KeyPair one = pair();
        KeyPair other = pair();

        assertThatThrownBy(() -> new TraceSigner(new SigningProperties("k", base64(one.getPrivate().getEncoded()),
                base64(other.getPublic().getEncoded()), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the public key of");
    }

    @Test
    void aKeyIsReadFromPemAsOpensslWritesIt() throws Exception {
        KeyPair pair = pair();
        String privatePem = "-----BEGIN PRIVATE KEY-----\n" + base64(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        TraceSigner signer = new TraceSigner(new SigningProperties("k", privatePem, pem(pair), null));

        assertThat(signer.verify(CLAIM, "k", signer.sign(CLAIM).orElseThrow())).isTrue();
    }

    private static SigningProperties properties(String id, KeyPair pair, Map<String, String> retired) {
        return new SigningProperties(id, base64(pair.getPrivate().getEncoded()), base64(pair.getPublic().getEncoded()),
                retired);
    }

    private static String pem(KeyPair pair) {
        return Ed25519Keys.pem(pair.getPublic());
    }

    private static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
