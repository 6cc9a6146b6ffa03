/** The consumer's page for a scanned trace code ({@code /t/{traceCode}}), and the code entry form. */
package org.foodtrace.api.web.trace;
