package org.foodtrace.api.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import org.foodtrace.api.error.DatabaseUnavailableFilter;
import org.foodtrace.api.error.ProblemResponseWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Stateless bearer-token security. Public: trace look-ups, pages and GS1 links, health, the OpenAPI document.
 * Regulator only: operators, opening recalls, exports, alerts, maintenance, metrics, batch verification. Operators
 * only: batch writes, except inspections which the regulator may record too. Other reads need a token; what each
 * caller may see (which batches, which recalls) is decided per request. A database outage during the token lookup
 * (or anywhere below) is 503 problem+json, not 401 or 500.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String REGULATOR = "REGULATOR";
    static final String OPERATOR = "OPERATOR";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokenAuthenticationProvider provider,
                                    ProblemSecurityHandlers problems, ProblemResponseWriter writer)
            throws Exception {
        AuthenticationFilter bearer = new AuthenticationFilter(new ProviderManager(provider), new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new DatabaseUnavailableFilter(writer), DisableEncodeUrlFilter.class)
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/v1/trace/**", "/t/**", "/01/**").permitAll()
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(REGULATOR)
                        .requestMatchers("/api/v1/operators", "/api/v1/operators/**").hasRole(REGULATOR)
                        .requestMatchers(POST, "/api/v1/recalls", "/api/v1/recalls/**").hasRole(REGULATOR)
                        .requestMatchers("/api/v1/exports/**").hasRole(REGULATOR)
                        .requestMatchers("/api/v1/alerts", "/api/v1/alerts/**").hasRole(REGULATOR)
                        .requestMatchers("/api/v1/admin/**").hasRole(REGULATOR)
                        .requestMatchers(GET, "/api/v1/batches/*/verification").hasRole(REGULATOR)
                        .requestMatchers(POST, "/api/v1/batches/*/inspections").hasAnyRole(OPERATOR, REGULATOR)
                        .requestMatchers(POST, "/api/v1/batches", "/api/v1/batches/**", "/api/v1/transformations")
                        .hasRole(OPERATOR)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .build();
    }
}
