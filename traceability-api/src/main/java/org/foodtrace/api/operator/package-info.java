/**
 * The operator registry (一户一档) over HTTP, regulator only: register (the API token is shown once), read,
 * suspend and reinstate; and the consistent look-up of operators that every write builds its actor from.
 */
package org.foodtrace.api.operator;
