package vn.his.web.reception;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * A receptionist in headless Chromium (Debian's chromium + chromium-driver): signs in, registers a patient with a card,
 * opens an encounter, adds a catalogue line and an ICD-10 diagnosis through search-as-you-type, finishes; every page
 * stays under 100 KB of HTML + JS + CSS.
 */
@WebTest
class ReceptionBrowserDbTest {

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
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,1366",
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
    void signsInAndRecordsAVisit() {
        browser.get(url("/reception"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        type("username", "clinician-a");
        type("password", WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.urlContains("/reception"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm người bệnh");
        assertLight();

        // find the fixture patient by card number
        type("cardNumber", w.cardNumber());
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table")));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Nguyễn Thị Thử");

        // register a new patient with a card
        browser.get(url("/reception/register"));
        type("fullName", "Phan Văn Đức");
        type("birthDate", "05/09/1979");
        new Select(browser.findElement(By.id("gender"))).selectByValue("MALE");
        type("address", "Xóm 4, xã Diễn Hải");
        type("provinceCode", "40");
        type("communeCode", "17605");
        type("cardNumber", "GD4400179000909");
        type("cardFrom", "01/01/2026");
        type("cardTo", "31/12/2026");
        type("registeredFacility", w.a().code());
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Phan Văn Đức");
        assertThat(browser.getPageSource()).contains("05/09/1979", "GD4400179000909");
        assertLight();

        // open an encounter
        type("visitReason", "Đau họng, sốt nhẹ");
        browser.findElement(By.cssSelector("#open-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("line-form")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang khám");

        // a catalogue line through search-as-you-type
        type("catalog-q", "Khám");
        WebElement pick = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#catalog-results button")));
        assertThat(pick.getText()).contains("34.500 ₫");
        pick.click();
        assertThat(browser.findElement(By.id("itemCode")).getAttribute("value")).isEqualTo("02.1896");
        browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "34.500 ₫"));

        // an ICD-10 diagnosis through search-as-you-type
        type("icd-q", "J02");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#icd10-results button"))).click();
        assertThat(browser.findElement(By.id("mainIcd10")).getAttribute("value")).isEqualTo("J02.9");
        type("diagnosisOut", "Viêm họng cấp");
        browser.findElement(By.cssSelector("#diagnosis-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diagnosis")));
        assertThat(browser.findElement(By.id("diagnosis")).getText()).contains("J02.9");
        assertLight();

        // finish
        browser.findElement(By.cssSelector("#finish-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã kết thúc"));
        assertThat(browser.findElements(By.id("line-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
    }

    @Test
    void anotherFacilitysEncounterPageIsForbidden() {
        browser.get(url("/login"));
        type("username", "clerk-b");
        type("password", WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(url("/reception/encounters/" + w.a().encounterId()));
        assertThat(browser.getPageSource()).doesNotContain("Nguyễn Thị Thử").contains("403", "Không có quyền");
    }
}
