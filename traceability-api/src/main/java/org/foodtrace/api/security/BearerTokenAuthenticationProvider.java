package org.foodtrace.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Resolves a token's hash to the regulator or to the operator it was issued to; anything else is 401. */
@Component
public class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private final RegulatorCredentials regulator;
    private final ApiTokenStore tokens;

    public BearerTokenAuthenticationProvider(RegulatorCredentials regulator, ApiTokenStore tokens) {
        this.regulator = regulator;
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] hash = ApiTokens.hash((String) authentication.getCredentials());
        if (regulator.matches(hash)) {
            return BearerTokenAuthentication.of(Caller.REGULATOR);
        }
        return tokens.ownerOf(hash)
                .map(operatorId -> BearerTokenAuthentication.of(Caller.operator(operatorId)))
                .orElseThrow(() -> new BadCredentialsException("unknown token"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
