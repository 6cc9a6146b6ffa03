package org.foodtrace.api.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer token as presented (unauthenticated), or the caller it belongs to with its role. */
public final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE_REGULATOR = "ROLE_REGULATOR";
    public static final String ROLE_OPERATOR = "ROLE_OPERATOR";

    private final String token;
    private final Caller caller;

    private BearerTokenAuthentication(String token, Caller caller) {
        super(caller == null ? List.of()
                : List.of(new SimpleGrantedAuthority(caller.regulator() ? ROLE_REGULATOR : ROLE_OPERATOR)));
        this.token = token;
        this.caller = caller;
        setAuthenticated(caller != null);
    }

    public static BearerTokenAuthentication presented(String token) {
        return new BearerTokenAuthentication(token, null);
    }

    public static BearerTokenAuthentication of(Caller caller) {
        return new BearerTokenAuthentication(null, caller);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller == null ? "" : caller.id();
    }
}
