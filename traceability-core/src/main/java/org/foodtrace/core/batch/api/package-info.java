/**
 * Commands and events of batches; event fields are the contract for projections.
 */
package org.foodtrace.core.batch.api;
