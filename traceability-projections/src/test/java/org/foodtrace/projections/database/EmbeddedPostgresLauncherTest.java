package org.foodtrace.projections.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedPostgresLauncherTest {

    @Test
    void root_without_user_namespaces_fails_fast_naming_the_fix() {
        EmbeddedPostgresLauncher launcher = new EmbeddedPostgresLauncher(new EmbeddedPostgresLauncher.UserNamespaces() {
            @Override
            public boolean runningAsRoot() {
                return true;
            }

            @Override
            public boolean available() {
                return false;
            }
        });

        assertThatThrownBy(() -> launcher.start(new EmbeddedDatabaseProperties(Path.of("unused"), false, 0), true))
                .isInstanceOf(EmbeddedDatabaseUnavailableException.class)
                .hasMessageContaining("cannot run as root")
                .extracting(e -> ((EmbeddedDatabaseUnavailableException) e).action())
                .asString()
                .contains("SPRING_DATASOURCE_URL")
                .contains("normal user");
    }

    @Test
    void the_failure_analyzer_reports_the_fix_as_the_action() {
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new EmbeddedDatabaseUnavailableException("no namespaces", "set SPRING_DATASOURCE_URL", null)));

        org.assertj.core.api.Assertions.assertThat(analysis.getDescription()).isEqualTo("no namespaces");
        org.assertj.core.api.Assertions.assertThat(analysis.getAction()).isEqualTo("set SPRING_DATASOURCE_URL");
    }
}
