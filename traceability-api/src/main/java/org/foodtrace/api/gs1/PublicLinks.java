package org.foodtrace.api.gs1;

import java.nio.charset.StandardCharsets;

import org.foodtrace.api.trace.PublicBaseUrl;
import org.foodtrace.projections.batch.BatchView;
import org.foodtrace.projections.gs1.Gs1Queries;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The link a batch's QR code carries: the GS1 Digital Link {@code ${base}/01/{gtin14}/10/{lot}} for the lot a
 * producer registered with a GTIN (what the resolver finds again), else the consumer page {@code ${base}/t/{code}}.
 * Lots with '/', '%' or ';' get the consumer page: those characters, even percent-encoded, are refused in paths.
 */
@Component
public class PublicLinks {

    private final PublicBaseUrl baseUrl;
    private final Gs1Queries gs1;

    public PublicLinks(PublicBaseUrl baseUrl, Gs1Queries gs1) {
        this.baseUrl = baseUrl;
        this.gs1 = gs1;
    }

    public String of(BatchView batch) {
        if (batch.gtin() != null && batch.lot() != null && !hasUnsafeCharacter(batch.lot())
                && gs1.findBatch(batch.gtin(), batch.lot()).filter(batch.batchId()::equals).isPresent()) {
            return digitalLink(batch.gtin(), batch.lot());
        }
        return baseUrl.tracePage(batch.traceCode());
    }

    public String digitalLink(String gtin14, String lot) {
        return baseUrl.value() + "/01/" + gtin14 + "/10/" + UriUtils.encodePathSegment(lot, StandardCharsets.UTF_8);
    }

    private static boolean hasUnsafeCharacter(String lot) {
        return lot.indexOf('/') >= 0 || lot.indexOf('%') >= 0 || lot.indexOf(';') >= 0;
    }
}
