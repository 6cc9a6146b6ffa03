/**
 * {@code Idempotency-Key} on writes: per caller, kept in PostgreSQL with a hash of the request and the first
 * answer verbatim, so a repeated request gets that answer again and records nothing new.
 */
package org.foodtrace.api.idempotency;
