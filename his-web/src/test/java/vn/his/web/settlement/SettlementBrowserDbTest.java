package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * A clerk settling a bill in headless Chromium (Debian's chromium + chromium-driver): signs in, goes from home to the
 * worklist, opens the finished encounter's bill, settles it paid in cash, sees the settled version with its cost
 * statement link and opens the statement; every page stays under 100 KB of HTML + JS + CSS.
 */
@WebTest
class SettlementBrowserDbTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    WebDriver browser;
    WebDriverWait wait;
    WebFixtures.World w;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        w = fixtures.world();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1366",
                        "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    void assertLight() {
        HttpTester http = new HttpTester(port);
        int html = browser.getPageSource().getBytes(StandardCharsets.UTF_8).length;
        int css = http.get(null, "/his.css").body().getBytes(StandardCharsets.UTF_8).length;
        int js = http.get(null, "/webjars/htmx.org/2.0.4/dist/htmx.min.js").body().getBytes(StandardCharsets.UTF_8)
                .length;
        assertThat(js).isGreaterThan(10_000);
        assertThat(html + css + js).as(browser.getCurrentUrl()).isLessThan(100 * 1024);
    }

    @Test
    void aClerkSettlingABill() {
        long id = new FinishedVisits(new HttpTester(port), w).finished("clinician-a", w.a());
        browser.get(url("/login"));
        type("username", "clerk-a");
        type("password", WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settlement-link"))).click();

        // the worklist of finished encounters
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thanh toán ra viện");
        assertLight();
        browser.findElement(By.cssSelector("#worklist a[href='/settlement/" + id + "']")).click();

        // the bill, per line, before settling
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settle-form")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã kết thúc");
        assertThat(browser.findElement(By.id("bill")).getText()).contains("Khám Nội", "34.500 ₫");
        String due = browser.findElement(By.id("due")).getText();
        assertThat(due).endsWith(" ₫");
        assertLight();

        // settle, paid in cash (the default choice, focused: Enter on the keyboard settles)
        assertThat(browser.findElement(By.id("method-cash")).isSelected()).isTrue();
        type("reference", "BL-0001");
        browser.findElement(By.cssSelector("#settle-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã quyết toán"));
        assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.findElement(By.id("settled")).getText()).contains("phiên bản 1", "clerk-a");
        assertThat(browser.findElements(By.id("settle-form"))).isEmpty();
        assertThat(browser.findElements(By.id("payment-form"))).isEmpty();
        assertThat(browser.findElement(By.id("versions")).getText()).contains("Tiền mặt", due);
        assertThat(browser.findElements(By.id("correction-form"))).hasSize(1);
        assertLight();

        // the cost statement of the settled version
        WebElement statement = browser.findElement(By.id("statement-1"));
        assertThat(statement.getAttribute("href")).endsWith("/encounters/" + id + "/cost-statement?version=1");
        statement.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines")));
        assertThat(browser.findElement(By.id("payment")).getText()).contains("Tiền mặt");
        assertThat(browser.findElement(By.id("patientPays")).getText()).isEqualTo(due);
    }
}
