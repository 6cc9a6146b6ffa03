package org.foodtrace.api.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@code trace.demo.enabled=true}, or the environment variable {@code TRACE_DEMO=true}. */
class DemoEnabled implements Condition {

    static final String PROPERTY = "trace.demo.enabled";
    static final String VARIABLE = "TRACE_DEMO";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        Boolean property = environment.getProperty(PROPERTY, Boolean.class);
        return property != null ? property : environment.getProperty(VARIABLE, Boolean.class, false);
    }
}
