/**
 * GS1 Digital Link: the URI printed for batches with a GTIN and lot ({@code /01/{gtin14}/10/{lot}}), and the
 * resolver that answers it with the trace (JSON) or sends a phone to the consumer page.
 */
package org.foodtrace.api.gs1;
