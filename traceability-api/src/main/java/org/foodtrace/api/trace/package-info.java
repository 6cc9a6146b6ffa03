/**
 * What consumers see without a token: the trace of a code (from the sold lot back to the farm), the public
 * origin printed into QR codes and GS1 Digital Links, and the per-address rate limit of anonymous look-ups.
 */
package org.foodtrace.api.trace;
