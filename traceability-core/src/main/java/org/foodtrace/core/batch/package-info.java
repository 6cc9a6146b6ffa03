/**
 * Batches of food from farm or factory to stall: the polymorphic batch aggregate, one subtype per
 * category, and the certificates, inspections and tests its rules look at.
 */
package org.foodtrace.core.batch;
