package org.foodtrace.api.error;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word: errors the container answers before any servlet runs (a malformed request line, an
 * encoded slash in the path) get a problem+json body instead of Tomcat's HTML report.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    public ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        ProblemDetail problem = Problems.of(status, ProblemCodes.forStatus(status),
                status.is5xxServerError() ? "The service could not complete the request."
                        : "The request was refused by the server as malformed.");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            OutputStream out = response.getOutputStream();
            out.write(json.writeValueAsBytes(Problems.toMap(problem)));
            out.flush();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; nothing more can be said
        }
    }
}
