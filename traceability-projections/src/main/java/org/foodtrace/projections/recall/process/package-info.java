/**
 * The recall process: a saga started by {@code RecallOpened} that sends {@code RecallBatch} to every affected
 * batch in parallel, and to every descendant a {@code BatchRecalled} names that it has not asked yet.
 */
package org.foodtrace.projections.recall.process;
