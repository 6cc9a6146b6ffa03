package org.foodtrace.api.error;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A refusal decided by the API itself (not by a domain rule), answered as problem+json with its code. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Violation> violations;

    public ApiProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiProblem(HttpStatus status, String code, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND, detail);
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, "The request is malformed.",
                List.of(new Violation(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
