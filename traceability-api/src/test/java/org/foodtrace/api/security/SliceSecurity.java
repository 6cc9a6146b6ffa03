package org.foodtrace.api.security;

import java.security.SecureRandom;

import org.foodtrace.api.error.ProblemResponseWriter;
import org.foodtrace.api.trace.PublicProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real security set-up for web-slice tests, with a known regulator token (operators' tokens are mocked),
 * and the public settings the web configuration needs (rate limit off).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ProblemSecurityHandlers.class, ProblemResponseWriter.class,
        BearerTokenAuthenticationProvider.class, RegulatorCredentials.class})
public class SliceSecurity {

    public static final String REGULATOR_TOKEN = "slice-regulator-token";
    public static final String REGULATOR_BEARER = "Bearer " + REGULATOR_TOKEN;

    @Bean
    RegulatorProperties regulatorProperties() {
        return new RegulatorProperties(REGULATOR_TOKEN);
    }

    @Bean
    PublicProperties publicProperties() {
        return new PublicProperties("https://trace.example.test", 0);
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
