package org.foodtrace.api.error;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Size limit of request bodies.
 *
 * @param maxBodySize largest accepted request body (default 1 MiB); larger ones are refused with 413
 */
@ConfigurationProperties("trace.http")
public record BodyLimitProperties(DataSize maxBodySize) {

    public BodyLimitProperties {
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofMegabytes(1);
        }
    }
}
