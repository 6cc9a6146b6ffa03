/**
 * Recall blocks (set-based validation): the batches a recall covers, written in the transaction of the event
 * that recalls them, and the command-bus guard that refuses goods movements of those batches at once, before the
 * recall process has marked each batch aggregate RECALLED.
 */
package org.foodtrace.projections.recall.block;
