package org.foodtrace.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain core stays free of Spring, JPA, Hibernate and the servlet API. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.foodtrace.core");

    @Test
    void theCoreDependsOnNoWebOrPersistenceFramework() {
        noClasses().that().resideInAPackage("org.foodtrace.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.servlet..",
                        "org.hibernate..")
                .check(CORE);
    }

    @Test
    void valueObjectsCarryNoFrameworkAnnotations() {
        noClasses().that().resideInAnyPackage("org.foodtrace.core.shared..", "org.foodtrace.core.gs1..",
                        "org.foodtrace.core.trace..", "org.foodtrace.core.chain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "tools.jackson..",
                        "com.fasterxml..")
                .check(CORE);
    }

    @Test
    void theRulesAreCheckedAgainstTheWholeCore() {
        assertThat(CORE.contain("org.foodtrace.core.batch.Batch")).isTrue();
        assertThat(CORE.contain("org.foodtrace.core.DomainModule")).isTrue();
    }
}
