package org.foodtrace.api.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.foodtrace.api.support.QrScanner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A label's QR code carries an Ed25519 signature over (trace code, product, head hash) that anyone can check
 * offline with the published public key: here with the JDK alone and with openssl, as docs/tamper-evidence.md
 * shows.
 */
@FullStackTest
class SignedTraceCodeTest {

    private static final KeyPair CURRENT = keyPair();
    private static final KeyPair RETIRED = keyPair();

    @DynamicPropertySource
    static void signingKeys(DynamicPropertyRegistry registry) {
        registry.add("trace.signing.key-id", () -> "2026-11");
        registry.add("trace.signing.private-key", () -> base64(CURRENT.getPrivate().getEncoded()));
        registry.add("trace.signing.public-key", () -> base64(CURRENT.getPublic().getEncoded()));
        registry.add("trace.signing.retired-public-keys.2025-01", () -> base64(RETIRED.getPublic().getEncoded()));
    }

    @LocalServerPort
    int port;

    Api api;
    Batches.Created leeks;

    @BeforeEach
    void aBatchOnALabel() {
        api = new Api(port);
        Operators.Registered farm = new Operators(api).register("Signing Farm", "FARM", false);
        leeks = new Batches(api).registerVegetables(farm.token(), "12");
    }

    @Test
    void theSignatureVerifiesWithThePublishedKeyAloneAndNamesTheHeadOfTheChain() throws Exception {
        JsonNode signed = api.get("/api/v1/trace/" + leeks.traceCode() + "/signature", null).json();
        JsonNode trace = api.get("/api/v1/trace/" + leeks.traceCode(), null).json();

        assertThat(signed.path("headHash").asString()).isEqualTo(trace.path("headHash").asString()).hasSize(64);
        assertThat(signed.path("message").asString()).isEqualTo("FT1\n" + leeks.traceCode() + "\n"
                + trace.path("product").asString() + "\n" + trace.path("headHash").asString());
        assertThat(verify(publishedKey("2026-11"), signed.path("message").asString(),
                signed.path("signature").asString())).isTrue();
    }

    @Test
    void theQrCodeCarriesTheSignedClaimAndAChangedProductFailsTheCheck() throws Exception {
        String link = QrScanner.decode(api.get("/api/v1/trace/" + leeks.traceCode() + "/qr.png", null).bytes());
        Map<String, String> query = query(URI.create(link));
        String code = link.substring(link.indexOf("/t/") + 3, link.indexOf('?'));

        assertThat(query.keySet()).containsExactly("p", "h", "k", "s");
        assertThat(code).isEqualTo(leeks.traceCode());
        PublicKey key = publishedKey(query.get("k"));
        String claim = "FT1\n" + code + "\n" + query.get("p") + "\n" + query.get("h");
        assertThat(verify(key, claim, query.get("s"))).isTrue();
        assertThat(verify(key, claim.replace(query.get("p"), "Organic " + query.get("p")), query.get("s")))
                .isFalse();
    }

    @Test
    void openSslVerifiesTheSignatureOffline() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        JsonNode signed = api.get("/api/v1/trace/" + leeks.traceCode() + "/signature", null).json();
        Path dir = Files.createTempDirectory("signed-trace");
        Files.writeString(dir.resolve("key.pem"), api.get("/api/v1/trace/signing-keys/2026-11.pem", null).body());
        Files.writeString(dir.resolve("message.txt"), signed.path("message").asString());
        Files.write(dir.resolve("signature.bin"), Base64.getUrlDecoder().decode(signed.path("signature").asString()));

        Process openssl = new ProcessBuilder("/usr/bin/openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem",
                "-rawin", "-in", "message.txt", "-sigfile", "signature.bin")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Signature Verified Successfully");
        assertThat(openssl.exitValue()).isZero();
    }

    @Test
    void theKeySetPublishesTheCurrentKeyFirstAndTheRetiredOneForOldLabels() {
        Answer keys = api.get("/api/v1/trace/signing-keys", null);

        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().path("keys").valueStream().map(key -> key.path("kid").asString() + ":"
                + key.path("status").asString() + ":" + key.path("crv").asString()))
                .containsExactly("2026-11:current:Ed25519", "2025-01:retired:Ed25519");
        assertThat(api.get("/api/v1/trace/signing-keys/nope.pem", null).status()).isEqualTo(404);
    }

    @Test
    void anUnknownCodeHasNoSignature() {
        Answer answer = api.get("/api/v1/trace/" + "0000000000000000" + "/signature", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private PublicKey publishedKey(String kid) throws Exception {
        JsonNode keys = api.get("/api/v1/trace/signing-keys", null).json().path("keys");
        JsonNode jwk = keys.valueStream().filter(key -> key.path("kid").asString().equals(kid)).findFirst()
                .orElseThrow();
        byte[] raw = Base64.getUrlDecoder().decode(jwk.path("x").asString());
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = Arrays.copyOf(spki, spki.length + raw.length);
        System.arraycopy(raw, 0, encoded, spki.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static boolean verify(PublicKey key, String message, String signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }

    private static Map<String, String> query(URI link) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] der) {
        return Base64.getEncoder().encodeToString(der);
    }
}
