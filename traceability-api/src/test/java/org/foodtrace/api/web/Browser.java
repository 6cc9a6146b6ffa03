package org.foodtrace.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly: Selenium Manager is never
 * asked for a driver or a browser, and its cache directory (pointed at a fresh temporary one) must stay empty,
 * so nothing is ever downloaded. Without {@code /usr/bin/chromedriver} the browser tests are skipped.
 */
final class Browser implements AutoCloseable {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final int PHONE = 360;
    static final int DESKTOP = 1280;

    private final ChromeDriver driver;
    private final Path profile;
    private final Path seleniumCache;

    private Browser(ChromeDriver driver, Path profile, Path seleniumCache) {
        this.driver = driver;
        this.profile = profile;
        this.seleniumCache = seleniumCache;
    }

    /** A browser whose Accept-Language prefers Simplified Chinese, as a phone in Yangjiang would send. */
    static Browser start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests skipped: install Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver) to run them.");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path profile = Files.createTempDirectory(tmp, "chromium-profile-");
        Path seleniumCache = Files.createTempDirectory(tmp, "selenium-cache-");
        System.setProperty("SE_CACHE_PATH", seleniumCache.toString());
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + PHONE + ",800", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, seleniumCache);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Files Selenium Manager would have left in its cache: none, because it never ran. */
    List<Path> seleniumManagerFiles() throws IOException {
        try (Stream<Path> files = Files.walk(seleniumCache)) {
            return files.filter(path -> !path.equals(seleniumCache)).toList();
        }
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 800));
    }

    /** How wide the page is drawn: wider than the window means sideways scrolling. */
    long pageWidth() {
        return ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    long windowWidth() {
        return ((Number) ((JavascriptExecutor) driver)
                .executeScript("return window.innerWidth")).longValue();
    }

    /**
     * A screenshot of the whole page at the current width, saved as {@code name}.png in target/screenshots, and
     * in the folder named by the system property {@code trace.screenshots} when set (docs/images for the README).
     */
    Path screenshot(String name) throws IOException {
        int width = driver.manage().window().getSize().getWidth();
        long height = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 400), 6000)));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path local = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(shot, local, StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("trace.screenshots");
        if (docs != null && !docs.isBlank()) {
            Files.copy(shot, Files.createDirectories(Path.of(docs)).resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(width, 800));
        return local;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(seleniumCache);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
