/** QR codes (PNG and SVG, error correction M, with quiet zone) of a batch's public link, rendered with ZXing. */
package org.foodtrace.api.qr;
