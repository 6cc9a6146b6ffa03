package org.foodtrace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The farm-to-table traceability service: one executable jar, PostgreSQL for events and read models. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TraceabilityApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TraceabilityApplication.class, args);
    }
}
