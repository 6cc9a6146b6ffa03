package org.foodtrace.api.error;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 503 DATABASE_UNAVAILABLE} problem+json when a database outage escapes the filters below it (the
 * bearer-token lookup in the security chain, above all), where no controller advice sees it; anything else is
 * passed on unchanged.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemResponseWriter writer;

    public DatabaseUnavailableFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, answering 503: {}", ProblemMapper.rootMessage(failure));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
            writer.write(request, response, DatabaseUnavailable.problem());
        }
    }
}
