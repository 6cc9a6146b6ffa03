/**
 * Batches over HTTP: registration, origin exit and market entry, dispatch, inspections, slaughter, split,
 * transformation, sale, disposal; the batch view and its lineage for those who held it and the regulator.
 */
package org.foodtrace.api.batch;
