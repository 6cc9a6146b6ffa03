package org.foodtrace.api.trace;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The configured public origin, or {@code http://localhost:<the port the server listens on>}. */
@Component
public class PublicBaseUrl {

    private final PublicProperties properties;
    private final Environment environment;

    public PublicBaseUrl(PublicProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String value() {
        if (StringUtils.hasText(properties.baseUrl())) {
            return stripTrailingSlash(properties.baseUrl().strip());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** The consumer page of a trace code. */
    public String tracePage(String traceCode) {
        return value() + "/t/" + traceCode;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
