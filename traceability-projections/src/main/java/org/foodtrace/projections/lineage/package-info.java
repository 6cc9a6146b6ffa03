/**
 * The lineage graph read model: batches as nodes (trace code, holder, status) and derivations as edges, walked
 * upstream or downstream over all hops with one recursive query. Recalls find the affected set here.
 */
package org.foodtrace.projections.lineage;
