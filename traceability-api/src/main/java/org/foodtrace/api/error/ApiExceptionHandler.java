package org.foodtrace.api.error;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps everything a controller or Spring MVC throws to problem+json: rule refusals with their code, malformed
 * input with violations (400), an oversized body 413, a database outage 503 with Retry-After, anything
 * unexpected 500 without internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final String MALFORMED = "The request is malformed.";

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleAny(Exception failure) {
        return respond(ProblemMapper.toProblem(failure), new HttpHeaders());
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> handleTooLarge(BodyTooLargeException failure) {
        return respond(tooLarge(failure), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        BodyTooLargeException tooLarge = UnreadableBody.find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLarge(tooLarge), headers);
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, MALFORMED,
                List.of(UnreadableBody.describe(failure))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : failure.getBindingResult().getFieldErrors()) {
            violations.add(new Violation(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : failure.getBindingResult().getGlobalErrors()) {
            violations.add(new Violation(UnreadableBody.BODY, error.getDefaultMessage()));
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, MALFORMED, sorted(violations)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        failure.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
                violations.add(new Violation(field, error.getDefaultMessage()));
            }
        });
        return respond(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, MALFORMED, sorted(violations)),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = failure.getPropertyName() == null ? "parameter" : failure.getPropertyName();
        return respond(Problems.of(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, MALFORMED,
                List.of(new Violation(field, "has an invalid value"))), headers);
    }

    /** Every other Spring MVC answer (404, 405, 406, 415, missing header, ...) gets its default code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail
                ? detail
                : ProblemDetail.forStatusAndDetail(status, HttpStatus.valueOf(status.value()).getReasonPhrase());
        return respond(Problems.withDefaults(problem), headers);
    }

    private static ProblemDetail tooLarge(BodyTooLargeException failure) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE, failure.getMessage());
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream()
                .sorted((a, b) -> a.field().equals(b.field()) ? a.message().compareTo(b.message())
                        : a.field().compareTo(b.field()))
                .toList();
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders answerHeaders = HttpHeaders.copyOf(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()
                && !answerHeaders.containsHeader(HttpHeaders.RETRY_AFTER)) {
            DatabaseUnavailable.addRetryAfter(answerHeaders);
        }
        return ResponseEntity.status(problem.getStatus()).headers(answerHeaders).body(problem);
    }
}
