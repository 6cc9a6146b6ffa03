/**
 * The recall-progress read model: for each recall, every batch it covers with its holder, what was left and what
 * had been sold when the recall reached it, and whether the holder has disposed of the rest (PENDING → DISPOSED,
 * or CLEARED when nothing was left).
 */
package org.foodtrace.projections.recall.progress;
