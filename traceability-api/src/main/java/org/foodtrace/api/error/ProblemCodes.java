package org.foodtrace.api.error;

import org.springframework.http.HttpStatusCode;

/** Codes of refusals that are not domain rules; rule refusals use the name of their {@code RuleCode}. */
public final class ProblemCodes {

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String CONFLICT = "CONFLICT";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String UNAVAILABLE = "UNAVAILABLE";
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    public static final String UNKNOWN_OPERATOR = "UNKNOWN_OPERATOR";
    public static final String UNKNOWN_TRACE_CODE = "UNKNOWN_TRACE_CODE";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";

    private ProblemCodes() {
    }

    /** The code of an answer that no rule decided, by its status. */
    public static String forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status.is5xxServerError() ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
