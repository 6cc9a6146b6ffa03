package org.foodtrace.api.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;

/**
 * The URIs exports name things by. Batches with a GTIN and a lot are GS1 lots, named by their GS1 Digital
 * Link class URI; every other batch is a lot of this system, named by its trace code. Operators have no GLN in
 * the registry, so they are named in a private URN namespace, as are certificates, sales, recalls and tests.
 */
public final class Identifiers {

    public static final String GS1_RESOLVER = "https://id.gs1.org";
    public static final String NAMESPACE = "urn:foodtrace:";

    private Identifiers() {
    }

    /** The EPCIS class of a batch: {@code https://id.gs1.org/01/{gtin14}/10/{lot}} or {@code urn:foodtrace:lot:{traceCode}}. */
    public static String lotClass(BatchFacts batch) {
        if (batch.hasGs1Lot()) {
            return GS1_RESOLVER + "/01/" + batch.gtin() + "/10/" + encode(batch.lot());
        }
        return NAMESPACE + "lot:" + batch.traceCode();
    }

    public static String operator(String operatorId) {
        return NAMESPACE + "operator:" + encode(operatorId);
    }

    public static String certificate(CertificateType type, String number) {
        return NAMESPACE + "certificate:" + type.name() + ":" + encode(number);
    }

    public static String certificate(Certificate certificate) {
        return certificate(certificate.type(), certificate.number());
    }

    public static String sale(String saleId) {
        return NAMESPACE + "sale:" + encode(saleId);
    }

    public static String recall(String recallId) {
        return NAMESPACE + "recall:" + encode(recallId);
    }

    public static String inspection(String inspectionId) {
        return NAMESPACE + "inspection:" + encode(inspectionId);
    }

    public static String transformation(String transformationId) {
        return NAMESPACE + "transformation:" + encode(transformationId);
    }

    /**
     * The EPCIS eventID of an event: {@code urn:uuid:} and the event store's identifier when that is a UUID (as
     * Axon's are), else a name-based UUID of it, so the same event always gets the same ID.
     */
    public static String eventId(String eventIdentifier) {
        try {
            return "urn:uuid:" + UUID.fromString(eventIdentifier);
        } catch (IllegalArgumentException notAUuid) {
            return "urn:uuid:" + UUID.nameUUIDFromBytes(eventIdentifier.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Percent-encodes every byte of the UTF-8 text except RFC 3986 unreserved characters, so a lot or
     * certificate number with spaces, slashes or Chinese characters still makes one valid URI segment.
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
