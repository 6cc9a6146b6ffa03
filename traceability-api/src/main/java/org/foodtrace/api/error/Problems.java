package org.foodtrace.api.error;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the problem documents: {@code type} names the code ({@code urn:foodtrace:problem:not-holder}),
 * {@code title} is the status phrase, and {@code code} (plus {@code violations} for malformed input) is added.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:foodtrace:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, List<Violation> violations) {
        ProblemDetail problem = of(status, code, detail);
        if (!violations.isEmpty()) {
            problem.setProperty("violations", List.copyOf(violations));
        }
        return problem;
    }

    /** Adds the code a framework-made problem lacks, and a type naming it. */
    public static ProblemDetail withDefaults(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null || !properties.containsKey("code")) {
            String code = ProblemCodes.forStatus(HttpStatusCode.valueOf(problem.getStatus()));
            problem.setProperty("code", code);
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        return problem;
    }

    /** The document as plain JSON members, in RFC 9457 order, for writers outside Spring MVC. */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    /** The request path as the problem's {@code instance}, or none when it is not a valid URI reference. */
    public static URI instance(String requestUri) {
        if (requestUri == null) {
            return null;
        }
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
