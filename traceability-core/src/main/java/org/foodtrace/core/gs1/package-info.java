/**
 * GS1 identification keys carried by manufactured food: GTIN and lot (AI 10).
 */
package org.foodtrace.core.gs1;
