package org.foodtrace.api.qr;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.foodtrace.api.signing.SignedLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** QR codes of a batch's public link, for labels, receipts and stall signs. */
@RestController
@Tag(name = "Public trace")
public class QrController {

    private static final String SVG = "image/svg+xml";

    private final SignedLinks links;
    private final QrCodes qrCodes;

    public QrController(SignedLinks links, QrCodes qrCodes) {
        this.links = links;
        this.qrCodes = qrCodes;
    }

    @GetMapping(value = "/api/v1/trace/{traceCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @SecurityRequirements
    @Operation(summary = "QR code (PNG)", description = "Encodes ${TRACE_PUBLIC_BASE_URL}/t/{traceCode}, or the GS1 "
            + "Digital Link ${TRACE_PUBLIC_BASE_URL}/01/{gtin14}/10/{lot} for a producer's GTIN lot; with a signing key "
            + "configured, followed by the signed claim (p, h, k, s; see /api/v1/trace/{traceCode}/signature).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE))
    public ResponseEntity<byte[]> png(@PathVariable String traceCode, @Parameter(description = "pixels, 64 to 1024")
                                      @RequestParam(defaultValue = "256") @Min(64) @Max(1024) int size) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(cache())
                .body(qrCodes.png(linkOf(traceCode), size));
    }

    @GetMapping(value = "/api/v1/trace/{traceCode}/qr.svg", produces = SVG)
    @SecurityRequirements
    @Operation(summary = "QR code (SVG)", description = "The same link as the PNG, as a scalable vector image.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = SVG))
    public ResponseEntity<String> svg(@PathVariable String traceCode, @Parameter(description = "pixels, 64 to 1024")
                                      @RequestParam(defaultValue = "256") @Min(64) @Max(1024) int size) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG)).cacheControl(cache())
                .body(qrCodes.svg(linkOf(traceCode), size));
    }

    private String linkOf(String traceCode) {
        return links.qrLink(traceCode);
    }

    private static CacheControl cache() {
        return CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    }
}
