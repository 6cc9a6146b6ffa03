/** Small JDBC helpers shared by the read models: time columns in UTC, one snapshot for a multi-statement read. */
package org.foodtrace.projections.support;
