package org.foodtrace.api.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: whatever Tomcat or a filter answered with {@code sendError} (or an
 * exception that escaped every handler) reaches the client as problem+json, never as HTML or a stack trace; a
 * database outage that got this far is still 503 {@code DATABASE_UNAVAILABLE}.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure)) {
            ProblemDetail problem = DatabaseUnavailable.problem();
            problem.setInstance(Problems.instance(uri instanceof String path ? path : null));
            HttpHeaders headers = new HttpHeaders();
            DatabaseUnavailable.addRetryAfter(headers);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        HttpStatus status = statusOf(request);
        ProblemDetail problem = Problems.of(status, ProblemCodes.forStatus(status), detailOf(status));
        problem.setInstance(Problems.instance(uri instanceof String path ? path : null));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof RequestRejectedException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (exception instanceof Throwable failure
                && UnreadableBody.find(failure, BodyTooLargeException.class) != null) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return HttpStatus.NOT_FOUND;
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request was refused as malformed.";
            case NOT_FOUND -> "No such resource.";
            case CONTENT_TOO_LARGE -> "The request body is larger than allowed.";
            default -> status.is5xxServerError() ? "The service could not complete the request."
                    : status.getReasonPhrase() + ".";
        };
    }
}
