/**
 * Bulk registration of batches from a CSV file (one row per batch, the fields of {@code POST /api/v1/batches}),
 * run as a durable background job: the file and every row's outcome live in PostgreSQL, each row goes through
 * the same validation and command as a single registration, and a job cut short by a restart resumes without
 * registering any row twice.
 */
package org.foodtrace.api.batch.imports;
