/**
 * Value objects and rule machinery shared by every feature: ids, quantities, regions, actors and
 * the stable rule codes of refusals.
 */
package org.foodtrace.core.shared;
