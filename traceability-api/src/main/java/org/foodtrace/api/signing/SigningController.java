package org.foodtrace.api.signing;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.api.error.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Signed trace codes for labels, and the public keys anyone may check them with offline. */
@RestController
@Tag(name = "Public trace")
public class SigningController {

    private final SignedLinks links;
    private final TraceSigner signer;

    public SigningController(SignedLinks links, TraceSigner signer) {
        this.links = links;
        this.signer = signer;
    }

    @GetMapping("/api/v1/trace/{traceCode}/signature")
    @SecurityRequirements
    @Operation(summary = "Signed claim of a trace code", description = "An Ed25519 signature over "
            + "FT1\\n{traceCode}\\n{product}\\n{headHash} with the server's current key, and the link with it that "
            + "the QR code carries. 404 for an unknown code; 409 TRACE_NOT_SIGNED when no key is configured or the "
            + "batch has no head hash. docs/tamper-evidence.md shows how to check it offline.")
    public SignedTrace signature(@PathVariable String traceCode) {
        return links.require(traceCode);
    }

    @GetMapping("/api/v1/trace/signing-keys")
    @SecurityRequirements
    @Operation(summary = "Public keys of signed trace codes", description = "A JSON Web Key Set (RFC 8037, "
            + "Ed25519): the current key and every retired key labels may still carry, each also as PEM.")
    public Map<String, List<PublishedKey>> keys() {
        return Map.of("keys", signer.publishedKeys());
    }

    @GetMapping(value = "/api/v1/trace/signing-keys/{keyId}.pem", produces = "application/x-pem-file")
    @SecurityRequirements
    @Operation(summary = "One public key as PEM", description = "For openssl pkeyutl -verify.")
    public ResponseEntity<String> pem(@PathVariable String keyId) {
        PublishedKey key = signer.publishedKey(keyId)
                .orElseThrow(() -> ApiProblem.notFound("No signing key with this id."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file")).body(key.pem());
    }
}
