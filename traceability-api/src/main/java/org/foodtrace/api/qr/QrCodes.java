package org.foodtrace.api.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.stereotype.Component;

/** Renders a link as a QR code: error correction M (15 %), the standard 4-module quiet zone, UTF-8. */
@Component
public class QrCodes {

    static final int QUIET_ZONE_MODULES = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    /** A square PNG of {@code size} pixels. */
    public byte[] png(String content, int size) {
        BitMatrix matrix = encode(content, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A square SVG of {@code size} pixels, one unit per module, so it scales without blur. */
    public String svg(String content, int size) {
        BitMatrix modules = encode(content, 0);
        int n = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                shape-rendering="crispEdges"><rect width="%d" height="%d" fill="#fff"/>\
                <path fill="#000" d="%s"/></svg>
                """.formatted(size, size, n, n, n, n, path);
    }

    private static BitMatrix encode(String content, int size) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + content, e);
        }
    }
}
