/** The GS1 index read model: GTIN-14 and lot number to the producer's batch (GS1 Digital Link resolver). */
package org.foodtrace.projections.gs1;
