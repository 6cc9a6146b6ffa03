package org.foodtrace.projections.trace;

/** Which certificate the food left its producer with: type and number only. */
public record CertificateRef(String type, String number) {
}
