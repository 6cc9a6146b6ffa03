package org.foodtrace.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.error.ProblemResponseWriter;
import org.foodtrace.api.error.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** 401 (no or unknown token), 403 FORBIDDEN (wrong role) and firewall refusals (400), all as problem+json. */
@Component
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ProblemResponseWriter writer;

    public ProblemSecurityHandlers(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        writer.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "A valid bearer token is required: Authorization: Bearer <token>."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
            throws IOException {
        writer.write(request, response, Problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                "This caller's role may not do this."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException failure)
            throws IOException {
        writer.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST,
                "The request was refused by the firewall as malformed."));
    }
}
