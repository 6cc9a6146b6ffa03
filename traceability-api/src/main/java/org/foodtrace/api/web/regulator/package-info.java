/**
 * The regulator's pages ({@code /regulator}): sign-in with the regulator token, the dashboard with its charts,
 * recalls and their progress, lineage diagrams, and the operator registry with suspend and reinstate buttons.
 */
package org.foodtrace.api.web.regulator;
