/**
 * Demo data ({@code TRACE_DEMO=true}): a small Yangjiang food chain recorded at start-up, into an empty store
 * only, through the same commands the API sends.
 */
package org.foodtrace.api.demo;
