package org.foodtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.junit.jupiter.api.Test;

/** The regulator's pages over HTTP: sign-in, CSRF, the charts, lineage, and the registry's buttons. */
class RegulatorPagesTest extends PagesTestContext {

    @Test
    void sendsStrangersToTheSignInForm() throws Exception {
        HttpResponse<String> answer = new RegulatorSession(port).get("/regulator");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/regulator/login"));
    }

    @Test
    void signsInWithTheRegulatorToken() throws Exception {
        RegulatorSession session = new RegulatorSession(port);

        HttpResponse<String> answer = session.signIn(REGULATOR_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/regulator"));
        HttpResponse<String> dashboard = session.get("/regulator");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("监管总览").doesNotContain(REGULATOR_TOKEN);
    }

    @Test
    void refusesAWrongToken() throws Exception {
        RegulatorSession session = new RegulatorSession(port);

        HttpResponse<String> answer = session.signIn("not-the-token");

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/regulator/login?error"));
        assertThat(session.get("/regulator").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesASignInWithoutItsCsrfToken() throws Exception {
        RegulatorSession session = new RegulatorSession(port);
        session.get("/regulator/login");

        HttpResponse<String> answer = session.post("/regulator/login", Map.of("token", REGULATOR_TOKEN));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(session.get("/regulator").statusCode()).isEqualTo(302);
    }

    @Test
    void signsOut() throws Exception {
        RegulatorSession session = signedIn();

        HttpResponse<String> answer = session.submit("/regulator", "/regulator/logout", Map.of());

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/regulator/login?logout"));
        assertThat(session.get("/regulator").statusCode()).isEqualTo(302);
    }

    @Test
    void theSessionDoesNotOpenTheApiWhichStillTakesBearerTokens() throws Exception {
        RegulatorSession session = signedIn();
        String export = "/api/v1/exports/trace.csv?batchId=" + city().porkAtDongmen().batchId();

        assertThat(session.get(export).statusCode()).isEqualTo(401);
        assertThat(session.get(export, "Authorization", "Bearer " + REGULATOR_TOKEN).statusCode()).isEqualTo(200);
        assertThat(get(export, "Authorization", "Bearer " + REGULATOR_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void chartsTheDemoWeek() throws Exception {
        String body = signedIn().get("/regulator").body();

        assertThat(body).contains("id=\"chart-pass-rates\"", "id=\"chart-refusals\"", "id=\"chart-registrations\"");
        assertThat(body).contains("阳江农产品批发市场", "江城东门市场", "阳东东城市场", "华润万家阳江店");
        assertThat(body).contains("合格证明编号不符: 1", "合格证明已过期: 1", "非目的地市场（误送）: 1");
        assertThat(body).containsPattern("阳东东城市场 \\d{4}-\\d{2}-\\d{2}: 0%")
                .containsPattern("阳东东城市场 \\d{4}-\\d{2}-\\d{2}: 100%");
        assertThat(body).contains("蔬菜", "畜禽肉类", "婴幼儿配方乳粉", "粮油");
    }

    @Test
    void drawsTheChartsInEnglishToo() throws Exception {
        String body = signedIn().get("/regulator?lang=en").body();

        assertThat(body).contains("Inspection pass rate by market", "Certificate number did not match: 1",
                "Vegetables");
    }

    @Test
    void listsTheOpenRecallWithItsProgress() throws Exception {
        String body = signedIn().get("/regulator").body();

        assertThat(body).contains("id=\"open-recalls\"", "data-recall-id=\"" + city().recallId() + "\"",
                city().pigsFromChunwan().traceCode(), "同批次生猪复检瘦肉精", "I 级", "进行中");
        assertThat(body).contains("<progress value=\"1\" max=\"3\">", "已处理 1 / 3 批");
    }

    @Test
    void showsEachBatchARecallReachedWithItsHolderAndState() throws Exception {
        String body = signedIn().get("/regulator/recalls/" + city().recallId() + "?lang=en").body();

        assertThat(body).contains(city().pigsFromChunwan().traceCode(), city().porkAtSupermarket().traceCode());
        assertThat(body).contains("华润万家阳江店", "阳江市定点屠宰场", "Nothing left: cleared", "Pending");
        assertThat(rowOfBatch(body, city().porkAtSupermarket().batchId()))
                .contains("280 kg", "20 kg", "Pending");
        assertThat(rowOfBatch(body, city().pigsFromChunwan().batchId())).contains("Nothing left: cleared");
        assertThat(body.split("class=\"node\"", -1)).as("pigs, carcass, supermarket lot").hasSize(1 + 3);
        assertThat(body).contains("1 of 3 batches resolved");
    }

    @Test
    void answersAnUnknownRecallWithAnHtml404() throws Exception {
        HttpResponse<String> answer = signedIn().get("/regulator/recalls/" + UUID.randomUUID());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
    }

    @Test
    void drawsABatchLineageFromFarmToStall() throws Exception {
        String body = signedIn().get("/regulator/lineage?code=" + city().porkAtDongmen().traceCode()).body();

        assertThat(body).contains("<svg", "阳江市定点屠宰场", "江城东门市场", "阳东东城市场",
                city().porkAtDongmen().traceCode());
        assertThat(body).contains(">屠宰<", ">分割<", ">配送<");
        assertThat(body.split("class=\"node\"", -1)).as("pigs, carcass, two halves, two market lots").hasSize(1 + 6);
    }

    @Test
    void saysWhenNoBatchHasTheCode() throws Exception {
        assertThat(signedIn().get("/regulator/lineage?code=nothing").body()).contains("id=\"unknown\"");
    }

    @Test
    void suspendsAndReinstatesAnOperatorWithTheRegistryButtons() throws Exception {
        OperatorProfile stall = chain().operator("测试摊位 " + UUID.randomUUID(), OperatorKind.RETAIL_MARKET,
                "441702", false, "GD-YJ-T-9", Instant.now().minus(1, ChronoUnit.HOURS));
        projected();
        RegulatorSession session = signedIn();
        String id = stall.operatorId();

        HttpResponse<String> suspended = session.submit("/regulator/operators",
                "/regulator/operators/" + id + "/suspension", Map.of("reason", "销售病死猪肉"));

        assertThat(suspended.statusCode()).isEqualTo(302);
        String afterSuspension = session.get("/regulator/operators").body();
        assertThat(afterSuspension).contains("id=\"notice\"", "已暂停");
        assertThat(rowOf(afterSuspension, id)).contains("SUSPENDED", "/reinstatement");
        assertThat(session.get("/regulator").body()).contains(stallName(afterSuspension, id));

        session.submit("/regulator/operators", "/regulator/operators/" + id + "/reinstatement", Map.of());
        assertThat(rowOf(session.get("/regulator/operators").body(), id)).contains("ACTIVE", "/suspension");
    }

    @Test
    void explainsARefusedSuspension() throws Exception {
        OperatorProfile stall = chain().operator("测试摊位 " + UUID.randomUUID(), OperatorKind.RETAIL_MARKET,
                "441702", false, "GD-YJ-T-8", Instant.now().minus(1, ChronoUnit.HOURS));
        projected();
        RegulatorSession session = signedIn();

        session.submit("/regulator/operators", "/regulator/operators/" + stall.operatorId() + "/reinstatement",
                Map.of());

        assertThat(session.get("/regulator/operators").body()).contains("id=\"error\"", "该经营者并未被暂停。");
    }

    @Test
    void answersAnUnknownOperatorWithAnHtml404() throws Exception {
        RegulatorSession session = signedIn();

        HttpResponse<String> answer = session.submit("/regulator/operators",
                "/regulator/operators/" + UUID.randomUUID() + "/reinstatement", Map.of());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("页面不存在。");
    }

    private RegulatorSession signedIn() throws Exception {
        RegulatorSession session = new RegulatorSession(port);
        assertThat(session.signIn(REGULATOR_TOKEN).statusCode()).isEqualTo(302);
        return session;
    }

    private static String rowOf(String page, String operatorId) {
        int start = page.indexOf("data-operator-id=\"" + operatorId + "\"");
        assertThat(start).as("row of " + operatorId).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String rowOfBatch(String page, String batchId) {
        int start = page.indexOf("data-batch-id=\"" + batchId + "\"");
        assertThat(start).as("row of " + batchId).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String stallName(String page, String operatorId) {
        String row = rowOf(page, operatorId);
        int name = row.indexOf("class=\"name\">") + "class=\"name\">".length();
        return row.substring(name, row.indexOf("<", name));
    }
}
