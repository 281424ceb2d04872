package vn.his.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.outbox.SubmissionStatus;

/**
 * The whole application in the demo (same context as the demo application test): the gateway simulator runs on
 * loopback with an account per demo facility, the gateway settings point at it, and a check-in queued for a demo
 * facility is signed with the demo certificate and delivered by the clustered Quartz scheduler within seconds.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "his.demo.load=true")
class DemoDeliveryDbTest {

    @Autowired DemoGatewayStartup startup;
    @Autowired GatewaySettings settings;
    @Autowired SubmissionQueue queue;
    @Autowired SubmissionLedger ledger;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDemoLoopDeliversACheckInToTheSimulator() throws Exception {
        GatewaySimulator simulator = startup.simulator();
        assertThat(simulator).isNotNull();
        assertThat(settings.baseUrl()).isEqualTo(simulator.baseUrl());
        String facility = jdbc.queryForObject("SELECT MIN(c.code) FROM facility f JOIN facility_code c "
                + "ON c.facility_id = f.id WHERE f.demo_data = TRUE", String.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gateway_account", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT password_encrypted FROM gateway_account WHERE facility_code = ?",
                String.class, facility)).startsWith("v1:");

        String maLk = "DEMO" + System.nanoTime() % 1_000_000_000L;
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CHI_TIEU_TRANG_THAI_KCB><DSACH_TRANG_THAI_KCB>"
                + "<TRANG_THAI_KCB><MA_LK>" + maLk + "</MA_LK><STT>1</STT><HO_TEN>Nguyễn Thị Demo</HO_TEN><MA_CSKCB>"
                + facility + "</MA_CSKCB><NGAY_VAO>202611240800</NGAY_VAO></TRANG_THAI_KCB></DSACH_TRANG_THAI_KCB>"
                + "<CHUKYDONVI></CHUKYDONVI></CHI_TIEU_TRANG_THAI_KCB>";
        long id = new TransactionTemplate(transactions).execute(s -> queue.enqueue(new OutgoingDocument(
                SubmissionKind.CHECK_IN, maLk, facility, 1, 0, xml.getBytes(StandardCharsets.UTF_8))));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ledger.detail(id).orElseThrow().submission().status() != SubmissionStatus.ACCEPTED
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        var detail = ledger.detail(id).orElseThrow();
        assertThat(detail.submission().status()).as(detail.toString()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(detail.submission().maGiaoDich()).startsWith("SIM");
        assertThat(simulator.acceptedCheckInCountsByMaLk()).containsEntry(maLk, 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'outbox'", Integer.class))
                .isEqualTo(4);
    }
}
