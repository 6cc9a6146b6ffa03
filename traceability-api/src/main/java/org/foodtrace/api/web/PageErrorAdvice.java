package org.foodtrace.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.foodtrace.api.error.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures in the pages' controllers answer with an HTML page in the visitor's language, not the API's
 * problem+json; nothing internal is shown. A database outage is 503 with Retry-After ("try again shortly"), not
 * 500.
 */
@ControllerAdvice(basePackages = "org.foodtrace.api.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException failure) {
        return page(HttpStatus.valueOf(failure.getStatusCode().value()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView malformed(Exception failure) {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, HttpServletResponse response) {
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn("A page could not reach the database: {}", failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
            return page(HttpStatus.SERVICE_UNAVAILABLE);
        }
        log.error("A page failed", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("page-error", status);
        page.addObject("status", status.value());
        return page;
    }
}
