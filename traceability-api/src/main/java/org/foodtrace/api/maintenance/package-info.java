/** Regulator-only maintenance of the read side: dead letters and read-model rebuilds. */
package org.foodtrace.api.maintenance;
