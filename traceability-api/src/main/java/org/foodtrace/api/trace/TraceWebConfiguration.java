package org.foodtrace.api.trace;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies the anonymous rate limit to every public look-up: trace JSON, QR codes, pages, GS1 links. */
@Configuration(proxyBeanMethods = false)
class TraceWebConfiguration implements WebMvcConfigurer {

    private final AnonymousTraceRateLimiter rateLimiter;

    TraceWebConfiguration(AnonymousTraceRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimiter).addPathPatterns("/api/v1/trace/**", "/t/**", "/01/**");
    }
}
