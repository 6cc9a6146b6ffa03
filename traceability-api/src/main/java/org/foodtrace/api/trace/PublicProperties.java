package org.foodtrace.api.trace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public face of the service.
 *
 * @param baseUrl   origin printed into QR codes and GS1 Digital Links ({@code TRACE_PUBLIC_BASE_URL}); blank means
 *                  {@code http://localhost:<port>}
 * @param rateLimit anonymous trace look-ups one client address may make per minute
 *                  ({@code TRACE_PUBLIC_RATE_LIMIT}, default 600); 0 turns the limit off
 */
@ConfigurationProperties("trace.public")
public record PublicProperties(String baseUrl, Integer rateLimit) {

    public PublicProperties {
        rateLimit = rateLimit == null ? 600 : rateLimit;
        if (rateLimit < 0) {
            throw new IllegalArgumentException("trace.public.rate-limit must be 0 (off) or more");
        }
    }
}
