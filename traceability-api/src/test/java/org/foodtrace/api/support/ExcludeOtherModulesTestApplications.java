package org.foodtrace.api.support;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the projections module's test application (on the test class path through its test-jar, in a package
 * the service scans) out of the service's test contexts: it would register the domain a second time.
 */
public final class ExcludeOtherModulesTestApplications extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        return reader.getClassMetadata().getClassName().endsWith("TestApplication")
                && !reader.getClassMetadata().getClassName().startsWith("org.foodtrace.api.");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExcludeOtherModulesTestApplications;
    }

    @Override
    public int hashCode() {
        return ExcludeOtherModulesTestApplications.class.hashCode();
    }
}
