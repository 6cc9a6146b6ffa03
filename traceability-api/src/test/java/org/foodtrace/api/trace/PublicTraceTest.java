package org.foodtrace.api.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.foodtrace.api.support.QrScanner;
import org.foodtrace.core.trace.TraceCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** What a consumer's phone gets: trace JSON, QR codes of the public link, the GS1 Digital Link resolver. */
@FullStackTest
@TestPropertySource(properties = "trace.public.base-url=https://trace.example.cn/")
class PublicTraceTest {

    private static final String GTIN_13 = "6901234567892";
    private static final String GTIN_14 = "06901234567892";

    @LocalServerPort
    int port;

    Api api;
    Operators operators;
    Batches batches;

    @BeforeEach
    void client() {
        api = new Api(port);
        operators = new Operators(api);
        batches = new Batches(api);
    }

    @Test
    void codes_are_read_as_people_type_them() {
        Operators.Registered farm = operators.register("Typing Farm", "FARM", false);
        Batches.Created greens = batches.registerVegetables(farm.token(), "10");
        String typed = TraceCode.parse(greens.traceCode()).grouped().toLowerCase();

        Answer trace = api.get("/api/v1/trace/" + typed, null);

        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.text("traceCode")).isEqualTo(greens.traceCode());
        assertThat(trace.json().path("recalled").asBoolean()).isFalse();
    }

    @Test
    void a_code_that_does_not_resolve_is_404_with_its_reason() {
        String unknown = TraceCode.generate(new java.util.Random(7)).value();
        char last = unknown.charAt(15);
        String mistyped = unknown.substring(0, 15) + (last == '0' ? '1' : '0');

        assertThat(api.get("/api/v1/trace/" + unknown, null).text("code")).isEqualTo("UNKNOWN_TRACE_CODE");
        Answer typo = api.get("/api/v1/trace/" + mistyped, null);
        assertThat(typo.status()).isEqualTo(404);
        assertThat(typo.text("code")).isEqualTo("CHECK_CHARACTER_MISMATCH");
        Answer garbage = api.get("/api/v1/trace/not-a-code", null);
        assertThat(garbage.status()).isEqualTo(404);
        assertThat(garbage.text("code")).isEqualTo("UNKNOWN_TRACE_CODE");
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }

    @Test
    void qr_codes_carry_the_public_page_in_png_and_svg() throws Exception {
        Operators.Registered farm = operators.register("QR Farm", "FARM", false);
        Batches.Created greens = batches.registerVegetables(farm.token(), "10");
        String path = "/api/v1/trace/" + greens.traceCode();

        Answer png = api.get(path + "/qr.png?size=128", null);
        assertThat(QrScanner.decode(png.bytes())).isEqualTo("https://trace.example.cn/t/" + greens.traceCode());
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.bytes())).getWidth())
                .isEqualTo(128);

        Answer svg = api.get(path + "/qr.svg", null);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg").contains("width=\"256\"");
    }

    @Test
    void qr_sizes_are_bounded_and_unknown_codes_are_problems_even_for_images() {
        Operators.Registered farm = operators.register("QR Bounds Farm", "FARM", false);
        Batches.Created greens = batches.registerVegetables(farm.token(), "10");

        Answer tooLarge = api.get("/api/v1/trace/" + greens.traceCode() + "/qr.png?size=5000", null);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().path("violations").get(0).path("field").asString()).isEqualTo("size");
        assertThat(api.get("/api/v1/trace/" + greens.traceCode() + "/qr.png?size=abc", null).status()).isEqualTo(400);

        Answer unknown = api.get("/api/v1/trace/" + TraceCode.generate(new java.util.Random(3)).value() + "/qr.png",
                null, "Accept", "image/png");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_gtin_lot_is_printed_and_resolved_as_a_gs1_digital_link() throws Exception {
        Operators.Registered dairy = operators.register("Feihe Dairy", "MANUFACTURER", false);
        Batches.Created formula = batches.register(dairy.token(), """
                {"category": "INFANT_FORMULA", "product": "Infant formula stage 1 800 g",
                 "quantity": {"amount": 1000, "unit": "unit"}, "originRegion": "230100",
                 "producedOn": "%s", "gtin": "%s", "lot": "L2026-11A", "expiresOn": "%s"}"""
                .formatted(Batches.today().minusDays(3), GTIN_13, Batches.today().plusYears(1)));

        String link = QrScanner.decode(api.get("/api/v1/trace/" + formula.traceCode() + "/qr.png", null)
                .bytes());
        assertThat(link).isEqualTo("https://trace.example.cn/01/" + GTIN_14 + "/10/L2026-11A");

        Answer json = api.get("/01/" + GTIN_14 + "/10/L2026-11A", null, "Accept", "application/json");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.text("traceCode")).isEqualTo(formula.traceCode());

        Answer browser = api.get("/01/" + GTIN_14 + "/10/L2026-11A", null, "Accept", "text/html,*/*;q=0.8");
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.header("Location")).contains("/t/" + formula.traceCode());

        assertThat(api.get("/01/" + GTIN_14 + "/10/OTHER-LOT", null).text("code")).isEqualTo("UNKNOWN_TRACE_CODE");
        Answer badGtin = api.get("/01/06901234567891/10/L2026-11A", null);
        assertThat(badGtin.status()).isEqualTo(400);
        assertThat(badGtin.text("code")).isEqualTo("INVALID_GTIN");
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_is_refused_at_registration() {
        Operators.Registered dairy = operators.register("Bad Digit Dairy", "MANUFACTURER", false);

        Answer answer = api.post("/api/v1/batches", dairy.token(), """
                {"category": "INFANT_FORMULA", "product": "Formula", "quantity": {"amount": 10, "unit": "unit"},
                 "originRegion": "230100", "producedOn": "%s", "gtin": "6901234567891", "lot": "L1",
                 "expiresOn": "%s"}""".formatted(Batches.today(), Batches.today().plusYears(1)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("INVALID_GTIN");
    }
}
