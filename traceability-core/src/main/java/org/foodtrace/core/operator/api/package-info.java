/**
 * Commands and events of the operator registry; event fields are the contract for projections.
 */
package org.foodtrace.core.operator.api;
