package org.foodtrace.api.signing;

import java.nio.charset.StandardCharsets;

/**
 * What a signed trace code vouches for: this code names this product, whose recorded history ended in this head
 * hash when the label was made. The signed message is exactly {@code FT1\n<traceCode>\n<product>\n<headHash>} in
 * UTF-8 (no trailing newline), so anyone can rebuild it from the link and check the signature offline.
 */
public record TraceClaim(String traceCode, String product, String headHash) {

    static final String VERSION = "FT1";

    public TraceClaim {
        if (traceCode == null || product == null || headHash == null) {
            throw new IllegalArgumentException("a trace claim needs a trace code, a product and a head hash");
        }
    }

    public String message() {
        return VERSION + "\n" + traceCode + "\n" + product + "\n" + headHash;
    }

    byte[] bytes() {
        return message().getBytes(StandardCharsets.UTF_8);
    }
}
