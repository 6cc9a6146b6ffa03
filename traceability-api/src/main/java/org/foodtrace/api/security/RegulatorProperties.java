package org.foodtrace.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The built-in regulator account.
 *
 * @param regulatorToken its bearer token ({@code TRACE_REGULATOR_TOKEN}); when blank a random one is generated
 *                       at start-up and logged once
 */
@ConfigurationProperties("trace")
public record RegulatorProperties(String regulatorToken) {
}
