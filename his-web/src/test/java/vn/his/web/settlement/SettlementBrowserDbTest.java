package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.HeadlessChromium;
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

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HeadlessChromium chromium;
    WebDriver browser;
    WebDriverWait wait;
    WebFixtures.World w;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        w = fixtures.world();
        chromium = HeadlessChromium.start(port, 1280);
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aClerkSettlingABill() {
        long id = new FinishedVisits(new HttpTester(port), w).finished("clinician-a", w.a());
        chromium.signIn("clerk-a");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settlement-link"))).click();

        // the worklist of finished encounters
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thanh toán ra viện");
        chromium.assertLight();
        browser.findElement(By.cssSelector("#worklist a[href='/settlement/" + id + "']")).click();

        // the bill, per line, before settling
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settle-form")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã kết thúc");
        assertThat(browser.findElement(By.id("bill")).getText()).contains("Khám Nội", "34.500 ₫");
        String due = browser.findElement(By.id("due")).getText();
        assertThat(due).endsWith(" ₫");
        chromium.assertLight();

        // settle, paid in cash (the default choice, focused: Enter on the keyboard settles)
        assertThat(browser.findElement(By.id("method-cash")).isSelected()).isTrue();
        chromium.type("reference", "BL-0001");
        browser.findElement(By.cssSelector("#settle-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã quyết toán"));
        assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
        assertThat(browser.findElement(By.id("settled")).getText()).contains("phiên bản 1", "clerk-a");
        assertThat(browser.findElements(By.id("settle-form"))).isEmpty();
        assertThat(browser.findElements(By.id("payment-form"))).isEmpty();
        assertThat(browser.findElement(By.id("versions")).getText()).contains("Tiền mặt", due);
        assertThat(browser.findElements(By.id("correction-form"))).hasSize(1);
        chromium.assertLight();

        // the cost statement of the settled version
        WebElement statement = browser.findElement(By.id("statement-1"));
        assertThat(statement.getAttribute("href")).endsWith("/encounters/" + id + "/cost-statement?version=1");
        statement.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines")));
        assertThat(browser.findElement(By.id("payment")).getText()).contains("Tiền mặt");
        assertThat(browser.findElement(By.id("patientPays")).getText()).isEqualTo(due);
    }
}
