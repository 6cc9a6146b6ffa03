/**
 * The spreadsheet export: one row per critical tracking event of every batch in a lineage, with its key data
 * elements (FSMA 204 style), sorted by time then traceability lot code, as UTF-8 CSV with a byte-order mark
 * so spreadsheet programs keep Chinese text intact.
 */
package org.foodtrace.api.export.csv;
