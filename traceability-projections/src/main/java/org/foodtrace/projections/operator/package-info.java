/**
 * The operator registry read model (一户一档): who each market operator is, its kind, region, licence and
 * whether it is suspended (black list). Regulator-facing; the consumer trace keeps its own copy of names.
 */
package org.foodtrace.projections.operator;
