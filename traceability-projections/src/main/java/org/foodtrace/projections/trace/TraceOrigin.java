package org.foodtrace.projections.trace;

/**
 * Where the food comes from: the region and producer of the origin batch (the farm's or factory's own batch;
 * for processed food the processor's output) and the certificate it left with (null before origin exit).
 */
public record TraceOrigin(String region, String producerName, CertificateRef certificate) {
}
