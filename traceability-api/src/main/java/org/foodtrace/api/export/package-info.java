/**
 * Regulator exports of a batch's whole lineage (every ancestor and every descendant): a GS1 EPCIS 2.0
 * JSON-LD document and a sortable spreadsheet of critical tracking events. Both are read from the event
 * store, which is the record of truth, so an export made right after a write already contains it.
 * See {@code docs/interop.md} for the mapping.
 */
package org.foodtrace.api.export;
