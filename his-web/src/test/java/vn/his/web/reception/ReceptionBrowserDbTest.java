package vn.his.web.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.core.testsupport.CoreFixtures;
import vn.his.web.testsupport.HeadlessChromium;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * A commune visit in headless Chromium (Debian's chromium + chromium-driver) by a COMMUNE_STAFF user: signs in, finds
 * a patient, registers a patient with a card, checks the card on the BHXH gateway (no gateway account here: the
 * message says so), opens an encounter, adds a catalogue line and an ICD-10 diagnosis through search-as-you-type,
 * finishes, books a re-visit appointment from the keyboard (a refused time first) and moves it with the pre-filled
 * edit form, then opens the cost statement (an estimate) from the encounter page, checks its totals and prints it;
 * every page stays under 100 KB of HTML + JS + CSS.
 */
@WebTest
class ReceptionBrowserDbTest {

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
    void signsInAndRecordsAVisit() {
        chromium.open("/reception");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
        chromium.submitLogin("staff-a");
        wait.until(ExpectedConditions.urlContains("/reception"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm người bệnh");
        chromium.assertLight();

        // find the fixture patient by card number
        chromium.type("cardNumber", w.cardNumber());
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table")));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Nguyễn Thị Thử");

        // register a new patient with a card
        chromium.open("/reception/register");
        chromium.type("fullName", "Phan Văn Đức");
        chromium.type("birthDate", "05/09/1979");
        new Select(browser.findElement(By.id("gender"))).selectByValue("MALE");
        chromium.type("address", "Xóm 4, xã Diễn Hải");
        chromium.type("provinceCode", "40");
        chromium.type("communeCode", "17605");
        chromium.type("cardNumber", "GD4400179000909");
        chromium.type("cardFrom", "01/01/2026");
        chromium.type("cardTo", CoreFixtures.CARD_VALID_TO.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        chromium.type("registeredFacility", w.a().code());
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Phan Văn Đức");
        assertThat(browser.getPageSource()).contains("05/09/1979", "GD4400179000909");
        chromium.assertLight();

        // the card check on the BHXH gateway (htmx, progress bar): facility A has no gateway account in this context
        WebElement checkForm = browser.findElement(By.id("card-check-form"));
        assertThat(checkForm.getAttribute("hx-indicator")).isEqualTo("#progress");
        chromium.type("operatorCccd", "040090001234");
        browser.findElement(By.id("card-check-submit")).click();
        WebElement noAccount = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-check-problem")));
        assertThat(noAccount.getText()).isEqualTo("Cơ sở " + w.a().code() + " chưa có tài khoản cổng BHXH: quản trị "
                + "viên cần khai báo tài khoản cổng (Quản trị → Cơ sở KCB) trước khi tra cứu thẻ.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Phan Văn Đức");

        // open an encounter
        chromium.type("visitReason", "Đau họng, sốt nhẹ");
        browser.findElement(By.cssSelector("#open-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("line-form")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang khám");

        // a catalogue line through search-as-you-type
        chromium.type("catalog-q", "Khám");
        WebElement pick = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#catalog-results button")));
        assertThat(pick.getText()).contains("34.500 ₫");
        pick.click();
        assertThat(browser.findElement(By.id("itemCode")).getAttribute("value")).isEqualTo("02.1896");
        browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "34.500 ₫"));

        // an ICD-10 diagnosis through search-as-you-type
        chromium.type("icd-q", "J02");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#icd10-results button"))).click();
        assertThat(browser.findElement(By.id("mainIcd10")).getAttribute("value")).isEqualTo("J02.9");
        chromium.type("diagnosisOut", "Viêm họng cấp");
        browser.findElement(By.cssSelector("#diagnosis-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diagnosis")));
        assertThat(browser.findElement(By.id("diagnosis")).getText()).contains("J02.9");
        chromium.assertLight();

        // finish
        browser.findElement(By.cssSelector("#finish-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã kết thúc"));
        assertThat(browser.findElements(By.id("line-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();

        // a re-visit appointment (XML14) from the keyboard: a time that does not read is refused next to its field
        assertThat(browser.findElements(By.id("referral-form"))).isEmpty();
        chromium.type("appointment-paperNo", "HK-0001");
        chromium.type("appointment-appointmentTime", "tuần sau");
        chromium.type("appointment-doctorIds", w.a().cchn());
        browser.findElement(By.id("appointment-doctorIds")).sendKeys(Keys.ENTER);
        WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("appointment-appointmentTime-error")));
        assertThat(refused.getText()).isEqualTo("Thời gian không hợp lệ: nhập theo dạng dd/mm/yyyy hh:mm.");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("appointment-appointmentTime");
        assertThat(browser.findElement(By.id("appointment-paperNo")).getAttribute("value")).isEqualTo("HK-0001");
        String at = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 08:00";
        chromium.type("appointment-appointmentTime", at);
        browser.findElement(By.id("appointment-appointmentTime")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appointment-recorded")));
        assertThat(browser.findElement(By.id("papers-notice")).getText()).isEqualTo("Đã lưu giấy hẹn khám lại.");
        assertThat(browser.findElement(By.id("appointment-time")).getText()).isEqualTo(at);
        assertThat(browser.findElements(By.id("appointment-form"))).isEmpty();
        chromium.assertLight();

        // the recorded appointment is edited from the keyboard: open the pre-filled form, change the time, Enter
        WebElement edit = browser.findElement(By.cssSelector("#appointment-edit > summary"));
        assertThat(edit.getText()).isEqualTo("Sửa giấy hẹn khám lại");
        edit.sendKeys(Keys.ENTER);
        WebElement time = wait.until(ExpectedConditions.elementToBeClickable(By.id("appointment-appointmentTime")));
        assertThat(time.getAttribute("value")).isEqualTo(at);
        assertThat(browser.findElement(By.id("appointment-paperNo")).getAttribute("value")).isEqualTo("HK-0001");
        String moved = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(14)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 09:30";
        time.clear();
        time.sendKeys(moved, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appointment-time"), moved));
        assertThat(browser.findElement(By.id("papers-notice")).getText()).isEqualTo("Đã lưu giấy hẹn khám lại.");
        assertThat(browser.findElement(By.id("appointment-edit")).getAttribute("open")).isNull();
        chromium.assertLight();

        // the cost statement (bảng kê 01/KBCB) from the encounter page: an estimate before settlement, with its
        // totals, a print button wired to window.print and a print stylesheet that leaves the buttons off the paper
        browser.findElement(By.id("cost-statement-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lines #total")));
        assertThat(browser.findElement(By.id("preview-notice")).getText())
                .isEqualTo("Tạm tính: hồ sơ chưa quyết toán, số tiền có thể thay đổi.");
        assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("Tạm tính (chưa quyết toán)");
        assertThat(browser.findElement(By.id("patient")).getText()).isEqualTo("Phan Văn Đức");
        assertThat(browser.findElement(By.id("total")).getText()).contains("34.500 ₫");
        assertThat(browser.findElement(By.id("patientPays")).getText()).isEqualTo("0 ₫");
        chromium.assertLight();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        WebElement print = browser.findElement(By.id("print-statement"));
        assertThat(print.getText()).isEqualTo("In bảng kê");
        print.click();
        assertThat(js.executeScript("return window.printed")).isEqualTo(1L);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(print.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("preview-notice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("total")).isDisplayed()).isTrue();
    }

    @Test
    void anotherFacilitysEncounterPageIsForbidden() {
        chromium.signIn("clerk-b");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        chromium.open("/reception/encounters/" + w.a().encounterId());
        assertThat(browser.getPageSource()).doesNotContain("Nguyễn Thị Thử").contains("403", "Không có quyền");
    }
}
