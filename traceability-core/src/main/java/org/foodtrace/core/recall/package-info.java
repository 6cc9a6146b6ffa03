/**
 * Recalls (召回): the regulator opens a recall of a batch and every batch derived from it; the recall process
 * then marks each of them RECALLED and follows each holder until everything left is disposed of.
 */
package org.foodtrace.core.recall;
