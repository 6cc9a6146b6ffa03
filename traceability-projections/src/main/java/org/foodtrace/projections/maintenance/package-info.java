/**
 * Operating the read models: rebuild one by replay, list and retry its dead letters, and wait until the
 * processors have caught up with a write (read-your-writes for the API).
 */
package org.foodtrace.projections.maintenance;
