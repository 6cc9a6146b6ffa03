package org.foodtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.shared.QuantityUnit.KG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.foodtrace.api.demo.Lot;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.TraceZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser, at a phone's width and a desktop's, in both languages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends PagesTestContext {

    private Browser browser;
    private WebDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            assertThat(browser.seleniumManagerFiles()).as("Selenium Manager downloads").isEmpty();
            browser.close();
        }
    }

    /** A vegetable lot admitted at a wholesale market, 40 kg sent on to a stall, then both recalled. */
    private RecalledChain recallAVegetableChain() {
        var supply = chain();
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS);
        var farm = supply.operator("东平菜场 " + UUID.randomUUID().toString().substring(0, 4), OperatorKind.FARM,
                "441704", false, "GD-YJ-T-6", start);
        var market = supply.operator("批发市场 " + UUID.randomUUID().toString().substring(0, 4),
                OperatorKind.WHOLESALE_MARKET, "441702", false, "GD-YJ-T-7", start);
        var stall = supply.operator("东门摊位 " + UUID.randomUUID().toString().substring(0, 4),
                OperatorKind.RETAIL_MARKET, "441702", false, "GD-YJ-T-8", start);
        // The story's own day in Shanghai: three hours ago may still be yesterday there (e.g. at 01:00 CST).
        LocalDate day = LocalDate.ofInstant(start, TraceZone.ZONE);
        Lot lot = supply.register(farm, Category.VEGETABLE, "豆角", null, Quantity.of(100, KG), "441704",
                day, start.plusSeconds(60));
        supply.exitOrigin(lot, farm, new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "CC-T-1", "东平菜场",
                day, day.plusDays(2)), market,
                start.plusSeconds(120));
        supply.enter(lot, market, "CC-T-1", start.plusSeconds(180));
        Lot stallLot = supply.dispatch(lot, market, stall, Quantity.of(40, KG), start.plusSeconds(240));
        supply.enter(stallLot, stall, "CC-T-1", start.plusSeconds(300));
        projected();
        String recallId = supply.openRecall(lot, lineage.descendantIds(lot.batchId()), "豆角有机磷超标",
                RecallLevel.II, Instant.now());
        return new RecalledChain(recallId, lot, market, stallLot, stall);
    }

    private record RecalledChain(String recallId, Lot marketLot, OperatorProfile market, Lot stallLot,
                                 OperatorProfile stall) {
    }

    private void signIn() {
        driver.get(url("/regulator/login"));
        driver.findElement(By.id("token")).sendKeys(REGULATOR_TOKEN);
        clickThenAwait(By.id("sign-in"), page -> !page.getCurrentUrl().contains("login"));
    }

    /**
     * Clicks and waits (bounded) until the page that follows has arrived: a click that submits a form returns
     * before the next page has loaded on a busy machine.
     */
    private void clickThenAwait(By target, java.util.function.Function<WebDriver, Boolean> arrived) {
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100)).until(arrived::apply);
    }

    /** Reloads the page until its progress says so: the read model follows the disposal within moments. */
    private void awaitProgress(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(200)).until(page -> {
            page.navigate().refresh();
            return page.findElement(By.cssSelector("#recall-progress .count")).getText().equals(text);
        });
    }

    private String stateOf(Lot lot) {
        return driver.findElement(By.cssSelector("tr[data-batch-id='" + lot.batchId() + "'] .state")).getText();
    }

    @BeforeEach
    void phone() {
        driver.manage().deleteAllCookies();
        browser.width(Browser.PHONE);
    }

    @Test
    void neverAsksSeleniumManagerForADriver() throws Exception {
        driver.get(url("/"));

        assertThat(browser.seleniumManagerFiles()).isEmpty();
        assertThat(((org.openqa.selenium.HasCapabilities) driver).getCapabilities().getBrowserVersion())
                .isNotBlank();
    }

    @Test
    void showsTheScanInChineseOnAPhone() throws Exception {
        driver.get(url("/t/" + city().porkAtDongmen().traceCode()));

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(driver.findElement(By.id("product")).getText()).isEqualTo("猪白条");
        assertThat(driver.findElement(By.cssSelector("#journey h2")).getText()).isEqualTo("从农场到摊位");
        assertThat(driver.findElements(By.cssSelector(".timeline li"))).hasSize(7);
        assertThat(driver.findElement(By.id("producer")).getText()).isEqualTo("平岗生猪养殖场");
        assertThat(browser.pageWidth()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(browser.windowWidth());
        assertThat(driver.findElements(By.id("recall-banner"))).isEmpty();
        browser.screenshot("trace-phone-zh");
    }

    @Test
    void showsTheScanInEnglish() throws Exception {
        driver.get(url("/t/" + city().porkAtDongmen().traceCode()));
        clickThenAwait(By.cssSelector(".bar .lang"),
                page -> "en".equals(page.findElement(By.tagName("html")).getAttribute("lang")));

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("#journey h2")).getText()).isEqualTo("From farm to stall");
        assertThat(driver.findElement(By.id("origin-region")).getText()).isEqualTo("Jiangcheng District, Yangjiang");
        browser.screenshot("trace-phone-en");
        browser.width(Browser.DESKTOP);
        browser.screenshot("trace-desktop-en");
    }

    @Test
    void showsAFailedTestOnThePhone() throws Exception {
        driver.get(url("/t/" + city().cabbageOnHold().traceCode()));

        WebElement failed = driver.findElement(By.cssSelector("#inspections li.fail .verdict"));
        assertThat(failed.getText()).isEqualTo("不合格");
        assertThat(failed.getCssValue("color")).isEqualTo("rgba(179, 38, 30, 1)");
        browser.screenshot("trace-failed-test-phone");
    }

    @Test
    void showsARedRecallBanner() throws Exception {
        var farm = chain().operator("春砂仁蔬菜场 " + UUID.randomUUID().toString().substring(0, 4), OperatorKind.FARM,
                "441781", false, "GD-YJ-T-5", Instant.now().minus(2, ChronoUnit.HOURS));
        Lot lot = chain().register(farm, Category.VEGETABLE, "通菜", null, Quantity.of(80, KG), "441781",
                LocalDate.now(), Instant.now().minus(1, ChronoUnit.HOURS));
        commands.sendAndWait(new RecallBatch(lot.batchId(), UUID.randomUUID().toString(), "农药残留超标",
                RecallLevel.I, Instant.now()));
        projected();

        driver.get(url("/t/" + lot.traceCode()));

        WebElement banner = driver.findElement(By.id("recall-banner"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).contains("此产品已被召回", "请勿食用");
        assertThat(banner.getCssValue("background-color")).isEqualTo("rgba(179, 38, 30, 1)");
        assertThat(banner.getLocation().getY()).as("the banner comes first")
                .isLessThan(driver.findElement(By.id("product")).getLocation().getY());
        browser.screenshot("trace-recalled-phone");
    }

    @Test
    void explainsAMistypedCode() throws Exception {
        String code = city().rice().traceCode();
        String mistyped = code.substring(0, 15) + (code.charAt(15) == '0' ? '1' : '0');
        driver.get(url("/"));

        driver.findElement(By.id("code")).sendKeys(mistyped.toLowerCase());
        clickThenAwait(By.cssSelector("form.code-form button"),
                page -> !page.findElements(By.cssSelector("#not-found h1")).isEmpty());

        assertThat(driver.findElement(By.cssSelector("#not-found h1")).getText()).isEqualTo("未找到该追溯码");
        assertThat(driver.findElement(By.id("reason")).getText()).contains("校验位不符");
        browser.screenshot("not-found-phone");
    }

    @Test
    void takesATypedCodeToItsPage() {
        driver.get(url("/"));

        driver.findElement(By.id("code")).sendKeys(city().formula().traceCode().toLowerCase());
        clickThenAwait(By.cssSelector("form.code-form button"),
                page -> page.getCurrentUrl().endsWith("/t/" + city().formula().traceCode()));

        assertThat(driver.getCurrentUrl()).endsWith("/t/" + city().formula().traceCode());
        assertThat(driver.findElement(By.id("product")).getText()).isEqualTo("婴幼儿配方乳粉 1段 800g");
    }

    @Test
    void signsTheRegulatorInToTheDashboard() throws Exception {
        browser.width(Browser.DESKTOP);
        driver.get(url("/regulator"));
        assertThat(driver.getCurrentUrl()).endsWith("/regulator/login");
        browser.screenshot("login-desktop");

        driver.findElement(By.id("token")).sendKeys(REGULATOR_TOKEN);
        clickThenAwait(By.id("sign-in"), page -> !page.getCurrentUrl().contains("login"));

        assertThat(driver.getCurrentUrl()).contains("/regulator").doesNotContain("login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("监管总览");
        assertThat(driver.findElements(By.cssSelector("svg.chart"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector("#open-recalls tr[data-recall-id='" + city().recallId()
                + "'] progress")).getAttribute("value")).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("#chart-refusals svg rect"))).hasSize(3);
        browser.screenshot("dashboard-desktop");
        browser.width(Browser.PHONE);
        browser.screenshot("dashboard-phone");

        driver.get(url("/regulator/lineage?code=" + city().porkAtDongmen().traceCode()));
        assertThat(driver.findElements(By.cssSelector("#lineage rect.node"))).hasSize(6);
        browser.width(Browser.DESKTOP);
        browser.screenshot("lineage-desktop");

        driver.get(url("/regulator/operators"));
        assertThat(driver.findElements(By.cssSelector("#operators tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
        browser.screenshot("operators-desktop");

        clickThenAwait(By.id("logout"), page -> page.getCurrentUrl().endsWith("/regulator/login?logout"));
        assertThat(driver.getCurrentUrl()).endsWith("/regulator/login?logout");
    }

    @Test
    void showsARecallsProgressMoveWhenAHolderDisposesOfItsLot() throws Exception {
        RecalledChain recalled = recallAVegetableChain();
        browser.width(Browser.DESKTOP);
        signIn();

        driver.get(url("/regulator/recalls/" + recalled.recallId()));
        awaitProgress("已处理 0 / 2 批");
        assertThat(stateOf(recalled.stallLot())).isEqualTo("待处理");
        browser.screenshot("recall-desktop");

        chain().dispose(recalled.stallLot(), recalled.stall(), Quantity.of(40, KG), "无害化处理（焚烧）", "东门市场管理员",
                Instant.now());
        awaitProgress("已处理 1 / 2 批");
        assertThat(stateOf(recalled.stallLot())).isEqualTo("已无害化处理");
        assertThat(driver.findElement(By.id("recall-status")).getText()).isEqualTo("进行中");

        chain().dispose(recalled.marketLot(), recalled.market(), Quantity.of(60, KG), "无害化处理（深埋）", "批发市场管理员",
                Instant.now());
        awaitProgress("已处理 2 / 2 批");
        assertThat(driver.findElement(By.id("recall-status")).getText()).isEqualTo("已完成");
        browser.width(Browser.PHONE);
        browser.screenshot("recall-completed-phone");
    }

    @Test
    void refusesAWrongTokenInTheForm() {
        driver.get(url("/regulator/login"));

        driver.findElement(By.id("token")).sendKeys("guess");
        clickThenAwait(By.id("sign-in"), page -> !page.findElements(By.id("login-error")).isEmpty());

        assertThat(driver.findElement(By.id("login-error")).getText()).isEqualTo("令牌不正确，请重试。");
    }
}
