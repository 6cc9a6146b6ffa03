/** Commands and events of the recall aggregate. */
package org.foodtrace.core.recall.api;
