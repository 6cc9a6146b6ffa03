package org.foodtrace.projections.alert;

import java.math.BigDecimal;

import org.foodtrace.core.batch.Species;

/**
 * What the rules remember of a batch: product, unit and quantity it began with, producer, its lot (the registered
 * batch it was dispatched or split from, else itself), and who sent it on its last leg and how much.
 */
record BatchFact(String batchId, String product, Species species, String unit, BigDecimal quantity,
                 String producerOperatorId, String rootBatchId, String senderOperatorId, BigDecimal shippedQuantity) {
}
