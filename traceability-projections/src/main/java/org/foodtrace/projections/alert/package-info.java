/**
 * Alerts for the regulator (processing group {@code alerts}, tables in schema {@code alert}): anomalies no single
 * aggregate can refuse, found across batches and operators. Each alert names its rule, batches, operators and the
 * evidence events; thresholds live in {@link org.foodtrace.projections.alert.AlertProperties}. See docs/alerts.md.
 */
package org.foodtrace.projections.alert;
