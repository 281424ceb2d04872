package vn.his.web.officer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.core.facility.Facility;
import vn.his.web.testsupport.DeliveryWebTest;
import vn.his.web.testsupport.GatewayVerdicts;
import vn.his.web.testsupport.GatewayVerdicts.Delivered;
import vn.his.web.testsupport.GatewayVerdicts.Verdict;
import vn.his.web.testsupport.HeadlessChromium;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.WebFixtures;

/**
 * An insurance officer finding a rejected claim and re-queuing it, in headless Chromium (Debian's chromium +
 * chromium-driver): a settled visit's dossier is signed and sent by the outbox dispatcher to the gateway simulator,
 * which rejects it (code 701); the officer signs in, goes from home to the rejected / dead-letter worklist, finds it
 * with the gateway's reply, opens the claim (tables, attempt with the reply), re-queues it with a reason (typed,
 * sent with Enter) and sees it queued again with who and why; every page under 100 KB of HTML + JS + CSS.
 */
@DeliveryWebTest
class OfficerBrowserDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    GatewayVerdicts verdicts;

    HeadlessChromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        fixtures.world();
        chromium = HeadlessChromium.start(port);
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
    void anInsuranceOfficerFindingARejectedClaimAndRequeuingIt() {
        Facility facility = verdicts.facility();
        Delivered rejected = verdicts.settleAndDeliver(facility, "Cao Thị Bị Trả", Verdict.REJECT);
        long id = rejected.submissionId();

        chromium.signIn("officer-40");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("officer-link"))).click();

        // the dashboard, then the worklist of rejected and dead submissions
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-per-day")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan giám định BHYT");
        chromium.assertLight();
        browser.findElement(By.id("worklist-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submission-" + id)));
        WebElement row = browser.findElement(By.id("submission-" + id));
        assertThat(row.getText()).contains(rejected.maLk(), "Cổng từ chối", GatewayVerdicts.REJECTION_CODE,
                GatewayVerdicts.REJECTION_MESSAGE);
        chromium.assertLight();

        // the claim: its tables read back from the stored XML, the attempt with the gateway's reply
        row.findElement(By.linkText(rejected.maLk())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-XML1")));
        assertThat(browser.findElement(By.id("patient")).getText()).contains("Cao Thị Bị Trả");
        WebElement submission = browser.findElement(By.id("submission-" + id));
        assertThat(submission.getText()).contains("Cổng từ chối", GatewayVerdicts.REJECTION_CODE,
                GatewayVerdicts.REJECTION_MESSAGE);
        assertThat(browser.findElement(By.id("table-XML2")).getText()).contains("Paracetamol 500mg");
        chromium.assertLight();

        // re-queue with a reason, from the keyboard
        WebElement reason = browser.findElement(By.id("reason-" + id));
        reason.sendKeys("Cơ sở đã đối chiếu lại tổng chi phí", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElements(By.id("error"))).isEmpty();
        WebElement after = browser.findElement(By.id("submission-" + id));
        assertThat(after.getText()).contains("Chờ gửi", "officer-40", "Cơ sở đã đối chiếu lại tổng chi phí");
        assertThat(after.findElements(By.cssSelector(".requeue-form"))).isEmpty();
        chromium.assertLight();
        assertThat(new HttpTester(port).get("officer-40", "/api/v1/submissions/" + id).json().get("submission")
                .get("status").asString()).isEqualTo("QUEUED");

        // and it has left the worklist
        browser.findElement(By.id("worklist-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
        assertThat(browser.findElements(By.id("submission-" + id))).isEmpty();
    }
}
