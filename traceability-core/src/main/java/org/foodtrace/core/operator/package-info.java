/**
 * Market operators and their registry file (一户一档), with the red/black list status.
 */
package org.foodtrace.core.operator;
