/**
 * The consumer trace view: from any trace code back to the farm or factory — product, origin, the journey
 * from farm to stall, inspections, recall flag and the trace codes of every ancestor. Public data only.
 */
package org.foodtrace.projections.trace;
