/**
 * How every write runs: one database transaction holding the idempotency key, the command's events and any
 * API rows; retried when it loses an optimistic-concurrency race; answered once the read models have caught up.
 */
package org.foodtrace.api.command;
