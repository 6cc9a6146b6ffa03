/**
 * How a batch's status, holder, pending destination and remaining quantity follow from its events, shared by
 * the read models that show them (batch view, lineage nodes) so they always agree with the aggregate.
 */
package org.foodtrace.projections.lifecycle;
