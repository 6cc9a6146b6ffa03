package org.foodtrace.api.web;

import org.foodtrace.api.security.RegulatorCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The regulator's pages sign in with a form instead of a bearer header: the form posts the regulator token once,
 * the session remembers that the regulator signed in (never the token itself), and every form is CSRF-protected.
 * This chain matches only {@code /regulator/**} and comes before the API's stateless bearer chain, which keeps
 * answering everything else.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    static final String LOGIN = "/regulator/login";

    @Bean
    @Order(1)
    SecurityFilterChain regulatorPages(HttpSecurity http, RegulatorCredentials credentials) throws Exception {
        return http
                .securityMatcher("/regulator", "/regulator/**")
                .authenticationManager(new ProviderManager(new RegulatorTokenLogin(credentials)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        .anyRequest().hasRole(RegulatorTokenLogin.ROLE))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .passwordParameter("token")
                        .defaultSuccessUrl("/regulator", false)
                        .failureUrl(LOGIN + "?error"))
                .logout(logout -> logout
                        .logoutUrl("/regulator/logout")
                        .logoutSuccessUrl(LOGIN + "?logout"))
                .build();
    }
}
