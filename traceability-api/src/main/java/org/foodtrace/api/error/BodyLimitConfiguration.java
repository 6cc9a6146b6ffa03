package org.foodtrace.api.error;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Installs the body limit ahead of every other filter, so no oversized body is parsed or authenticated; uploads
 * declared as {@link LargerBodyLimit} beans get their own limit.
 */
@Configuration(proxyBeanMethods = false)
class BodyLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(BodyLimitProperties properties,
                                                                          List<LargerBodyLimit> larger,
                                                                          ProblemResponseWriter writer) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxBodySize().toBytes(), larger, writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
