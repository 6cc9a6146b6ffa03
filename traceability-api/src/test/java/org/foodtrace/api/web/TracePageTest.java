package org.foodtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.shared.QuantityUnit.KG;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.foodtrace.api.demo.Lot;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.api.verification.ChainVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The consumer page over HTTP: language, content, verification, escaping, privacy and the friendly 404. */
class TracePageTest extends PagesTestContext {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainVerifier verifier;

    @Test
    void speaksChineseByDefault() throws Exception {
        HttpResponse<String> page = get("/t/" + city().porkAtDongmen().traceCode());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(page.body()).contains("lang=\"zh-CN\"", "从农场到摊位", "猪白条", "平岗生猪养殖场",
                "阳江市江城区", "定点屠宰", "动物检疫合格证明", "4417020012345", "克伦特罗", "合格");
    }

    @Test
    void speaksEnglishWhenAskedByParameter() throws Exception {
        HttpResponse<String> page = get("/t/" + city().porkAtDongmen().traceCode() + "?lang=en");

        assertThat(page.body()).contains("lang=\"en\"", "From farm to stall", "Slaughtered at a designated",
                "Jiangcheng District, Yangjiang", "Animal quarantine certificate")
                .doesNotContain("从农场到摊位");
    }

    @Test
    void speaksEnglishWhenTheBrowserPrefersIt() throws Exception {
        String path = "/t/" + city().porkAtDongmen().traceCode();

        assertThat(get(path, "Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.5").body()).contains("From farm to stall");
        assertThat(get(path, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").body()).contains("从农场到摊位");
        assertThat(get(path, "Accept-Language", "fr-FR").body()).contains("从农场到摊位");
    }

    @Test
    void showsTheJourneyFromFarmToStallInOrder() throws Exception {
        String body = get("/t/" + city().porkAtDongmen().traceCode() + "?lang=en").body();

        assertThat(body).containsSubsequence("Produced and registered", "Left the producer with its certificate",
                "Admitted after the certificate check", "Slaughtered at a designated slaughterhouse",
                "Split into smaller lots", "Sent on", "Admitted after the certificate check");
        assertThat(body).containsSubsequence("平岗生猪养殖场", "阳江市定点屠宰场", "江城东门市场");
    }

    @Test
    void marksAFailedTest() throws Exception {
        String body = get("/t/" + city().cabbageOnHold().traceCode() + "?lang=en").body();

        assertThat(body).contains("class=\"fail\"", "Fail", "Organophosphate pesticides", "measured 62, limit 50 %",
                "This batch or one it was made from failed a check.");
    }

    @Test
    void linksTheQrCodeAndTheLotsItWasMadeFrom() throws Exception {
        Lot lot = city().porkAtDongmen();
        String body = get("/t/" + lot.traceCode() + "?lang=en").body();

        assertThat(body).contains("src=\"/api/v1/trace/" + lot.traceCode() + "/qr.svg\"");
        assertThat(body).containsPattern("href=\"/t/[0-9A-Z]{16}\\?lang=en\"");
    }

    @Test
    void theQrCodeOnThePageIsServed() throws Exception {
        HttpResponse<String> qr = get("/api/v1/trace/" + city().porkAtDongmen().traceCode() + "/qr.svg");

        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg+xml"));
    }

    @Test
    void saysTheRecordsVerified() throws Exception {
        Lot lot = vegetables("菜心");

        assertThat(get("/t/" + lot.traceCode()).body()).contains("id=\"chain-status\"", "已验证")
                .doesNotContain("记录校验失败");
        assertThat(get("/t/" + lot.traceCode() + "?lang=en").body()).contains("Verified:");
    }

    @Test
    void warnsWhenTheRecordsFailedVerification() throws Exception {
        Lot lot = vegetables("生菜");
        jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, '{product}',
                            '"假冒生菜"')::text, 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = 0""")
                .param("id", lot.batchId())
                .update();
        verifier.verify(lot.batchId());

        assertThat(get("/t/" + lot.traceCode()).body()).contains("记录校验失败").doesNotContain("已验证");
        assertThat(get("/t/" + lot.traceCode() + "?lang=en").body()).contains("Record verification failed");
    }

    @Test
    void showsNoRecallBannerForAGoodLot() throws Exception {
        assertThat(get("/t/" + city().porkAtDongmen().traceCode()).body()).doesNotContain("recall-banner");
    }

    @Test
    void showsARedBannerOnceRecalled() throws Exception {
        Lot lot = vegetables("芥蓝");
        commands.sendAndWait(new RecallBatch(lot.batchId(), UUID.randomUUID().toString(), "农残超标",
                RecallLevel.II, Instant.now()));
        projected();

        assertThat(get("/t/" + lot.traceCode()).body()).contains("id=\"recall-banner\"", "此产品已被召回");
        assertThat(get("/t/" + lot.traceCode() + "?lang=en").body()).contains("This product has been recalled");
    }

    @Test
    void showsTheBannerOnLotsTheDemoRecallReached() throws Exception {
        assertThat(get("/t/" + city().porkAtSupermarket().traceCode()).body()).contains("id=\"recall-banner\"");
    }

    @Test
    void escapesWhatOperatorsTyped() throws Exception {
        Lot lot = vegetables("<script>alert(1)</script>");

        String body = get("/t/" + lot.traceCode()).body();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(body).doesNotContain("<script");
    }

    @Test
    void forbidsScriptsOnThePage() throws Exception {
        HttpResponse<String> page = get("/t/" + city().porkAtDongmen().traceCode());

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'none'"));
    }

    @Test
    void showsNothingPrivate() throws Exception {
        String body = get("/t/" + city().porkAtDongmen().traceCode()).body();

        assertThat(body).doesNotContain("GD-YJ-", city().porkAtDongmen().batchId(), city().dongmen().operatorId(),
                "Bearer", REGULATOR_TOKEN);
    }

    @Test
    void answersAnUnknownCodeWithAFriendly404() throws Exception {
        String unknown = TraceCode.generate(new java.util.Random(7)).value();

        HttpResponse<String> page = get("/t/" + unknown);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("未找到该追溯码", "data-problem=\"UNKNOWN_TRACE_CODE\"");
    }

    @Test
    void saysWhenTheCheckCharacterDoesNotMatch() throws Exception {
        String code = city().porkAtDongmen().traceCode();
        String mistyped = code.substring(0, 5) + (code.charAt(5) == 'X' ? 'Y' : 'X') + code.substring(6);

        HttpResponse<String> page = get("/t/" + mistyped + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("data-problem=\"CHECK_CHARACTER_MISMATCH\"",
                "The last character (the check character) does not match");
    }

    @Test
    void saysWhenItIsNotATraceCodeAtAll() throws Exception {
        HttpResponse<String> page = get("/t/hello");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("data-problem=\"INVALID_TRACE_CODE\"", "这不是有效的追溯码");
    }

    @Test
    void escapesTheTypedCodeOnThe404Page() throws Exception {
        HttpResponse<String> page = get("/t?code=%3Cb%3Ebold%3C%2Fb%3E");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold");
    }

    @Test
    void takesATypedCodeToItsPage() throws Exception {
        String code = city().rice().traceCode();
        String typed = new TraceCode(code).grouped().toLowerCase();

        HttpResponse<String> answer = get("/t?code=" + typed + "&lang=en");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/t/" + code + "?lang=en"));
    }

    private Lot vegetables(String product) {
        var farm = chain().operator("测试菜场 " + UUID.randomUUID(), OperatorKind.FARM, "441704", false, "GD-YJ-T-1",
                Instant.now().minus(1, ChronoUnit.HOURS));
        Lot lot = chain().register(farm, Category.VEGETABLE, product, null, Quantity.of(50, KG), "441704",
                LocalDate.now(), Instant.now().minus(30, ChronoUnit.MINUTES));
        projected();
        return lot;
    }
}
