package org.foodtrace.api.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.gs1.PublicLinks;
import org.foodtrace.api.trace.TraceLookup;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.trace.TraceView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A batch's public link (consumer page or GS1 Digital Link) with its signed claim appended as query parameters:
 * {@code p} the product, {@code h} the head hash, {@code k} the key id, {@code s} the signature. Servers ignore
 * them; an offline checker rebuilds the claim from the link (trace code from the path) and verifies {@code s}.
 */
@Component
public class SignedLinks {

    static final String NOT_SIGNED = "TRACE_NOT_SIGNED";

    private final TraceLookup traces;
    private final BatchViewQueries batches;
    private final PublicLinks links;
    private final TraceSigner signer;

    public SignedLinks(TraceLookup traces, BatchViewQueries batches, PublicLinks links, TraceSigner signer) {
        this.traces = traces;
        this.batches = batches;
        this.links = links;
        this.signer = signer;
    }

    /** The link a QR code of this trace code carries: signed when signing is configured and a head is known. */
    public String qrLink(String traceCode) {
        return signed(traceCode).map(SignedTrace::link).orElseGet(() -> plainLink(traceCode));
    }

    /** The signed claim of the code, or 404 when the code is unknown and 409 when it cannot be signed (why). */
    public SignedTrace require(String traceCode) {
        TraceView view = traces.find(traceCode);
        if (!signer.enabled()) {
            throw new ApiProblem(HttpStatus.CONFLICT, NOT_SIGNED, "This server signs no trace codes: no signing "
                    + "key is configured (trace.signing.*).");
        }
        if (view.headHash() == null) {
            throw new ApiProblem(HttpStatus.CONFLICT, NOT_SIGNED, "This batch's history was recorded before hash "
                    + "chains began, so there is no head hash to sign.");
        }
        return sign(view, plainLink(traceCode));
    }

    private Optional<SignedTrace> signed(String traceCode) {
        if (!signer.enabled()) {
            return Optional.empty();
        }
        TraceView view = traces.find(traceCode);
        return view.headHash() == null ? Optional.empty() : Optional.of(sign(view, plainLink(traceCode)));
    }

    private SignedTrace sign(TraceView view, String link) {
        TraceClaim claim = new TraceClaim(view.traceCode(), view.product(), view.headHash());
        String signature = signer.sign(claim).orElseThrow();
        String signedLink = link + (link.contains("?") ? "&" : "?") + "p=" + encode(view.product()) + "&h="
                + view.headHash() + "&k=" + encode(signer.keyId()) + "&s=" + signature;
        return new SignedTrace(view.traceCode(), view.product(), view.headHash(), claim.message(),
                Ed25519Keys.ALGORITHM, signer.keyId(), signature, signedLink);
    }

    private String plainLink(String traceCode) {
        String batchId = traces.batchIdOf(traceCode);
        return batches.find(batchId).map(links::of)
                .orElseThrow(() -> ApiProblem.notFound("No batch has this trace code."));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
