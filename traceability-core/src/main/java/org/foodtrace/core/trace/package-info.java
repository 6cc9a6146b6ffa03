/**
 * Trace codes (追溯码) printed on labels and receipts and scanned by consumers.
 */
package org.foodtrace.core.trace;
