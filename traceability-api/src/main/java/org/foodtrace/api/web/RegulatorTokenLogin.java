package org.foodtrace.api.web;

import java.util.List;

import org.foodtrace.api.security.ApiTokens;
import org.foodtrace.api.security.RegulatorCredentials;
import org.foodtrace.core.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signs the regulator in when the form's token is the regulator's bearer token (compared by hash). */
class RegulatorTokenLogin implements AuthenticationProvider {

    static final String ROLE = "REGULATOR";
    private static final int MAX_TOKEN_LENGTH = 512;

    private final RegulatorCredentials credentials;

    RegulatorTokenLogin(RegulatorCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Object presented = attempt.getCredentials();
        String token = presented == null ? "" : presented.toString().strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || !credentials.matches(ApiTokens.hash(token))) {
            throw new BadCredentialsException("not the regulator token");
        }
        return UsernamePasswordAuthenticationToken.authenticated(Actor.REGULATOR_ID, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
