package org.foodtrace.api.config;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that stamps every command's {@code at}, and the generator of trace codes and API tokens. */
@Configuration(proxyBeanMethods = false)
class TimeAndRandomnessConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
