package org.foodtrace.api.export;

import java.util.Collection;
import java.util.Map;

/** Names and regions of operators, by id; ids it does not know (such as the regulator) are left out. */
@FunctionalInterface
public interface OperatorNames {

    Map<String, OperatorSummary> find(Collection<String> operatorIds);
}
