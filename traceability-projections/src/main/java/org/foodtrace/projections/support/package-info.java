/** Small JDBC helpers shared by the read models: time columns in UTC. */
package org.foodtrace.projections.support;
