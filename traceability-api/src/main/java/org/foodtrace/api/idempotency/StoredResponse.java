package org.foodtrace.api.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An answer exactly as it was first sent: status, content type and body bytes (none for 204). */
public record StoredResponse(int status, String contentType, byte[] body) {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public ResponseEntity<Object> toResponse(boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        if (body == null || body.length == 0) {
            return builder.build();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return builder.headers(headers).body(body);
    }
}
