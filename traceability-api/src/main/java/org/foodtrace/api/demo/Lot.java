package org.foodtrace.api.demo;

/** A batch recorded by {@link SupplyChain}: its id and the trace code printed on its label. */
public record Lot(String batchId, String traceCode) {
}
