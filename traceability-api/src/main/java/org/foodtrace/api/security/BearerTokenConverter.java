package org.foodtrace.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code Authorization: Bearer <token>}; no header means anonymous, any other scheme is refused (401). */
final class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "bearer ";
    private static final int MAX_TOKEN_LENGTH = 512;

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new BadCredentialsException("Authorization must be a bearer token");
        }
        String token = header.substring(SCHEME.length()).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new BadCredentialsException("malformed bearer token");
        }
        return BearerTokenAuthentication.presented(token);
    }
}
