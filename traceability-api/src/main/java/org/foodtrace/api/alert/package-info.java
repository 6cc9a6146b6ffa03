/** Alerts for the regulator: anomalies found across batches and operators (GET /api/v1/alerts). */
package org.foodtrace.api.alert;
