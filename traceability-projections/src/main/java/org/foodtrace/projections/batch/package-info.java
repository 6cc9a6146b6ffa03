/**
 * The batch view read model: a batch's status, holder, quantities, parents, certificate of record and full
 * event list, and the set of operators that ever produced, held or were sent it (who may read it).
 */
package org.foodtrace.projections.batch;
