package vn.his.web.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests (Debian's chromium and chromium-driver, driven by Selenium) against the
 * application on {@code port}: Vietnamese browser language, a window of the given width, 20 s waits; helpers to type
 * into a field, sign in through the login form and check that a page stays under 100 KB of HTML + JS + CSS. The test
 * is skipped (an assumption) when the browser or the driver is not installed.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final int DEFAULT_WIDTH = 1024;

    private final int port;
    private final WebDriver browser;
    private final WebDriverWait wait;

    private HeadlessChromium(int port, WebDriver browser) {
        this.port = port;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Skips the calling test when Debian's chromium or chromium-driver is missing. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    }

    /** A browser 1024 pixels wide on the application at {@code port}. */
    public static HeadlessChromium start(int port) {
        return start(port, DEFAULT_WIDTH);
    }

    /** A browser {@code width} pixels wide (1366 high) on the application at {@code port}. */
    public static HeadlessChromium start(int port, int width) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                        "--window-size=" + width + ",1366", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(port, new ChromeDriver(service, options));
    }

    public WebDriver browser() {
        return browser;
    }

    /** Waits up to 20 seconds. */
    public WebDriverWait waiting() {
        return wait;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public void open(String path) {
        browser.get(url(path));
    }

    /** Clears the field with id {@code id} and types {@code text}. */
    public void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Fills the login form on the current page as {@code username} (the fixtures' password) and submits it. */
    public void submitLogin(String username) {
        type("username", username);
        type("password", WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
    }

    /** Opens the login page and signs in as {@code username}. */
    public void signIn(String username) {
        open("/login");
        submitLogin(username);
    }

    /** The current page, the stylesheet and htmx together stay under 100 KB. */
    public void assertLight() {
        HttpTester http = new HttpTester(port);
        int html = browser.getPageSource().getBytes(StandardCharsets.UTF_8).length;
        int css = http.get(null, "/his.css").body().getBytes(StandardCharsets.UTF_8).length;
        int js = http.get(null, "/webjars/htmx.org/2.0.4/dist/htmx.min.js").body().getBytes(StandardCharsets.UTF_8)
                .length;
        assertThat(js).isGreaterThan(10_000);
        assertThat(html + css + js).as(browser.getCurrentUrl()).isLessThan(100 * 1024);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
