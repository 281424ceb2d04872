package vn.his.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.web.testsupport.HeadlessChromium;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * An administrator in headless Chromium (Debian's chromium + chromium-driver): signs in, goes to the administration,
 * creates a clinician of a facility, imports a small catalogue CSV into a facility of its own (one good row, one
 * refused row shown with its Vietnamese reason in the preview), confirms it and sees it applied, then opens the jobs
 * page; every page stays under 100 KB of HTML + JS + CSS.
 */
@WebTest
class AdminBrowserDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    CatalogItemRepository items;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

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

    /** A facility of this test only, so the imported items reach no other test's catalogue searches. */
    Facility ownFacility() {
        Facility f = new Facility("Trạm y tế nhập danh mục " + System.nanoTime(), RouteLevel.COMMUNE,
                CareLevel.BASIC, 45, false, "40", null);
        f.assignCode(FreshFacilityCodes.of("40", facilities), LocalDate.of(2020, 1, 1));
        f = facilities.save(f);
        items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("34500"),
                new BigDecimal("34500"), 100, 1, LocalDate.of(2020, 1, 1)));
        return f;
    }

    Path csv() throws IOException {
        Path file = dir.resolve("danh-muc-tram.csv");
        Files.writeString(file, "\uFEFFLOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,DON_GIA_BH,TU_NGAY\n"
                + "DICH_VU,02.1897,Khám Nhi,13,Lần,45300,45300,01/01/2026\n"
                + "DICH_VU,02.1898,Khám giá sai,13,Lần,abc,,01/01/2026\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anAdministratorCreatesAUserImportsACatalogueAndSeesTheJobs() throws IOException {
        Facility station = ownFacility();
        chromium.signIn("admin");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        chromium.open("/admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("admin-nav")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quản trị hệ thống");
        chromium.assertLight();

        // a new clinician of facility A
        browser.findElement(By.cssSelector("#admin-nav a[href='/admin/users']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Người dùng");
        chromium.assertLight();
        String username = "bs-moi-" + System.nanoTime() % 1_000_000;
        chromium.type("username", username);
        chromium.type("fullName", "Lê Thị Bác Sĩ");
        chromium.type("password", "mat-khau-rat-dai-1");
        new Select(browser.findElement(By.id("facilityId"))).selectByValue(w.a().facilityId().toString());
        browser.findElement(By.cssSelector("#create-form input[name=roles][value=CLINICIAN]")).click();
        browser.findElement(By.cssSelector("#create-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Đã tạo người dùng.");
        assertThat(browser.findElements(By.id("error"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT facility_id FROM web_user WHERE username = ?", Long.class, username))
                .isEqualTo(w.a().facilityId());
        browser.findElement(By.cssSelector("#admin-nav a[href='/admin/users']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users")));
        assertThat(browser.findElement(By.id("users")).getText()).contains(username, "Lê Thị Bác Sĩ");

        // a catalogue CSV: preview with the refused row and its reason, then confirm
        browser.findElement(By.cssSelector("#admin-nav a[href='/admin/catalog']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-form")));
        chromium.assertLight();
        // preview and apply can take seconds: htmx requests, with the progress bar meanwhile
        assertThat(browser.findElement(By.tagName("body")).getAttribute("hx-indicator")).isEqualTo("#progress");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("hx-boost")).isEqualTo("true");
        assertThat(browser.findElement(By.id("progress")).getAttribute("class")).contains("htmx-indicator");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return typeof htmx !== 'undefined'")).isTrue();
        new Select(browser.findElement(By.id("facilityId"))).selectByValue(station.id().toString());
        browser.findElement(By.id("file")).sendKeys(csv().toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã xem trước, chưa áp dụng");
        assertThat(browser.findElement(By.id("refused")).getText()).contains("02.1898",
                "Giá ở cột DON_GIA_BV không hợp lệ \"abc\"");
        assertThat(browser.findElement(By.id("added")).getText()).contains("02.1897", "Khám Nhi", "45.300 ₫");
        chromium.assertLight();
        assertThat(items.findByFacilityIdOrderByKindAscCodeAsc(station.id())).hasSize(1);
        browser.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã áp dụng"));
        assertThat(browser.findElements(By.id("confirm-form"))).isEmpty();
        assertThat(items.findByFacilityIdOrderByKindAscCodeAsc(station.id())).extracting(CatalogItem::code)
                .containsExactly("02.1896", "02.1897");

        // the jobs page
        browser.findElement(By.cssSelector("#admin-nav a[href='/admin/jobs']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lịch chạy tác vụ"));
        assertThat(browser.findElements(By.cssSelector("#jobs, #no-scheduler, #empty"))).hasSize(1);
        chromium.assertLight();
    }
}
