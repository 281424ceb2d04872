package vn.his.claimtests.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.settlement.SettlementService;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterService;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.TableReader;
import vn.his.export.gateway.SubmissionOutcome;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.outbox.AttemptVerdict;
import vn.his.export.outbox.ClaimedSubmission;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.reconcile.AssessmentImporter;
import vn.his.export.reconcile.ClaimHistoryEntry;
import vn.his.export.reconcile.ClaimReconciliation;
import vn.his.export.reconcile.ClaimStage;
import vn.his.export.reconcile.ImportOutcome;
import vn.his.export.reconcile.ImportResult;
import vn.his.export.reconcile.ReconciliationQueries;
import vn.his.export.report.ProvinceReconciliationReport;
import vn.his.export.report.SubmissionLedgerReport;

/**
 * Reconciliation on claims made by the real chain (EncounterService, billing's SettlementService, the claim listener,
 * the outbox store): the gateway's acceptance through the store's transitions, the import of result files (matched,
 * unmatched, malformed, duplicated rows; the same file twice; a DOCTYPE), the history of a claim, the correction of a
 * refused line with its before and after, the province report cell by cell and against the XML1 sums, the ledger.
 */
@DatabaseTest
@SpringBootTest(classes = {ReportStackTestApplication.class, ReconciliationDbTest.FixedClock.class})
@TestPropertySource(properties = {"his.outbox.scheduler.enabled=false", "his.gateway.base-url=http://127.0.0.1:9/",
        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
class ReconciliationDbTest {

    private static final List<String> HEADINGS = List.of("MA_LK", "MA_CSKCB", "LOAI_BANG", "STT", "MA_THUOC",
            "MA_DICH_VU", "T_BHTT_DE_NGHI", "T_BHTT_CHAP_NHAN", "T_XUAT_TOAN", "MA_LY_DO", "LY_DO");
    private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 25, 10, 0);

    /**
     * The clinical clock stands an hour before {@link #SENT}: the outbox queues a dossier as due "now", and the store
     * only lets a due row be claimed at SENT; with the system clock the test failed once the calendar passed SENT.
     */
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        ClinicalTime clockBeforeSent() {
            return new ClinicalTime(Clock.fixed(SENT.minusHours(1).atZone(ClinicalTime.VIETNAM).toInstant(),
                    ClinicalTime.VIETNAM));
        }
    }

    @Autowired EncounterService encounters;
    @Autowired CoreFixtures fixtures;
    @Autowired PatientRegistry registry;
    @Autowired FacilityRepository facilities;
    @Autowired CatalogItemRepository items;
    @Autowired SettlementService settlement;
    @Autowired SubmissionStore outbox;
    @Autowired ClaimService claims;
    @Autowired AssessmentImporter importer;
    @Autowired ReconciliationQueries queries;
    @Autowired ProvinceReconciliationReport provinceReport;
    @Autowired SubmissionLedgerReport ledgerReport;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    ReconFixture fx;

    @BeforeEach
    void fixture() {
        fx = new ReconFixture(encounters, fixtures, registry, facilities, items, settlement, outbox, transactions, jdbc);
    }

    @Test
    void importMatchesLinesReportsWhatDoesNotMatchAndTheSameFileTwiceChangesNothing() {
        Facility f = fx.facility("39");
        String code = ReconFixture.code(f);
        String lkA = fx.settledVisit(f, "Nguyễn Văn An", LocalDateTime.of(2026, 11, 3, 8, 0), 10);
        String lkB = fx.settledVisit(f, "Trần Thị Bình", LocalDateTime.of(2026, 11, 4, 8, 0), 4);
        String transactionA = fx.accept(lkA, 1, SENT);
        StoredClaim a = claims.versions(lkA).get(0);
        BigDecimal drugA = lineTbhtt(a, "XML2", 1);
        assertThat(drugA).isEqualByComparingTo("3500");

        byte[] file = ReconFixture.xlsx(HEADINGS, List.of(
                // 2: partial refusal of A's drug line, amounts in Vietnamese grouping as a clerk types them
                List.of(lkA, code, "XML2", 1, "40.48", "", "3.500", "2.450", "1.050", "TC43",
                        "Giá thuốc vượt giá trúng thầu"),
                // 3: B's exam accepted in full, the table told by MA_DICH_VU, refused worked out from the amounts
                Arrays.asList(lkB, null, null, 1, null, "02.1896", 45300, 45300, null, null, null),
                // 4: no such claim
                Arrays.asList("40999261101999999", null, "XML3", 1, null, null, null, null, 100, "X", "?"),
                // 5: no such line
                Arrays.asList(lkA, null, "XML2", 9, null, null, null, null, 100, "TC43", null),
                // 6: amounts that do not add up
                Arrays.asList(lkA, null, "XML3", 1, null, null, 45300, 45000, 200, "KT223", "Khám"),
                // 7: the same finding as row 2 again
                List.of(lkA, code, "XML2", 1, "40.48", "", "3.500", "2.450", "1.050", "TC43",
                        "Giá thuốc vượt giá trúng thầu"),
                // 8: another line's code at STT 1 of XML3
                Arrays.asList(lkA, null, "XML3", 1, null, "01.0001", null, null, 0, null, null),
                // 9: refused without a reason
                Arrays.asList(lkB, null, "XML2", 1, null, null, null, null, 50, null, null)));
        ImportResult first = importer.importFile(file, "ket-qua-11-2026.xlsx", "thu.ngan", List.of(code));
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.format()).isEqualTo("XLSX");
        assertThat(first.rows()).isEqualTo(8);
        assertThat(first.rowReports()).extracting(ImportResult.RowReport::sourceRow)
                .containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(first.rowReports()).extracting(ImportResult.RowReport::outcome).containsExactly(
                ImportOutcome.MATCHED, ImportOutcome.MATCHED, ImportOutcome.UNMATCHED, ImportOutcome.UNMATCHED,
                ImportOutcome.INVALID, ImportOutcome.DUPLICATE, ImportOutcome.UNMATCHED, ImportOutcome.INVALID);
        assertThat(first.rowReports()).extracting(ImportResult.RowReport::messageKey).containsExactly(
                "reconcile.row.matched", "reconcile.row.matchedWithoutReceipt", "reconcile.row.unknownMaLk",
                "reconcile.row.noLine", "reconcile.row.amountsDisagree", "reconcile.row.duplicateInFile",
                "reconcile.row.otherItem", "reconcile.row.reasonMissing");
        assertThat(first.matched()).isEqualTo(2);
        assertThat(first.unmatched()).isEqualTo(3);
        assertThat(first.invalid()).isEqualTo(2);
        assertThat(first.duplicate()).isEqualTo(1);
        // every row is stored, matched or not, with its Vietnamese message
        assertThat(jdbc.queryForList("SELECT message FROM assessment_result WHERE import_id = ? ORDER BY source_row",
                String.class, first.importId())).hasSize(8)
                .contains("Lần gửi 1 không có dòng STT 9 trong bảng XML2.",
                        "Có xuất toán nhưng thiếu lý do (MA_LY_DO hoặc LY_DO).");

        // the same bytes again: nothing written, the first import answered
        int before = count("assessment_result", lkA, lkB);
        int events = count("claim_status_event", lkA, lkB);
        ImportResult again = importer.importFile(file, "ban-sao.xlsx", "thu.ngan2", List.of(code));
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(again.matched()).isEqualTo(2);
        assertThat(again.rowReports()).hasSize(8);
        assertThat(count("assessment_result", lkA, lkB)).isEqualTo(before);
        assertThat(count("claim_status_event", lkA, lkB)).isEqualTo(events);

        // the same finding in the XML layout (other bytes): a duplicate, nothing counted twice
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<KET_QUA_GIAM_DINH>\n"
                + "  <DONG><MA_LK>" + lkA + "</MA_LK><MA_GIAO_DICH>" + transactionA + "</MA_GIAO_DICH>"
                + "<LOAI_BANG>XML2</LOAI_BANG><STT>1</STT><MA_THUOC>40.48</MA_THUOC><T_XUAT_TOAN>1050</T_XUAT_TOAN>"
                + "<T_BHTT_DE_NGHI>3500</T_BHTT_DE_NGHI><T_BHTT_CHAP_NHAN>2450</T_BHTT_CHAP_NHAN><MA_LY_DO>TC43</MA_LY_DO>"
                + "<LY_DO>Giá thuốc vượt giá trúng thầu</LY_DO></DONG>\n"
                + "  <DONG><MA_LK>" + lkB + "</MA_LK><SO_TIEN>1</SO_TIEN><T_XUAT_TOAN>0</T_XUAT_TOAN></DONG>\n"
                + "</KET_QUA_GIAM_DINH>";
        ImportResult viaXml = importer.importFile(xml.getBytes(StandardCharsets.UTF_8), "kq.xml", "thu.ngan",
                List.of(code));
        assertThat(viaXml.format()).isEqualTo("XML");
        assertThat(viaXml.rowReports()).extracting(ImportResult.RowReport::outcome)
                .containsExactly(ImportOutcome.DUPLICATE, ImportOutcome.INVALID);
        assertThat(viaXml.rowReports().get(1).messageArgs()).containsExactly("SO_TIEN");

        // a later assessment of the same finding with other amounts replaces the earlier one
        ImportResult revised = importer.importFile(ReconFixture.xlsx(HEADINGS, List.of(
                List.of(lkA, code, "XML2", 1, "40.48", "", 3500, 2800, 700, "TC43", "Giá thuốc vượt giá trúng thầu"))),
                "ket-qua-11-2026-lan-2.xlsx", "thu.ngan", List.of(code));
        assertThat(revised.rowReports()).extracting(ImportResult.RowReport::messageKey)
                .containsExactly("reconcile.row.matchedReplacing");
        ClaimReconciliation rec = queries.reconciliation(lkA);
        assertThat(rec.versions().get(0).refused()).isEqualByComparingTo("700");
        assertThat(rec.versions().get(0).accepted()).isEqualByComparingTo(a.tBhtt().subtract(new BigDecimal("700")));

        // outside the importer's facilities: kept, not applied
        Facility other = fx.facility("39");
        String lkOther = fx.settledVisit(other, "Lê Văn Cường", LocalDateTime.of(2026, 11, 5, 8, 0), 2);
        ImportResult scoped = importer.importFile(ReconFixture.xlsx(HEADINGS, List.of(
                Arrays.asList(lkOther, null, "XML2", 1, null, null, null, null, 100, "TC43", null))),
                "kq-khac.xlsx", "thu.ngan", List.of(code));
        assertThat(scoped.rowReports()).extracting(ImportResult.RowReport::messageKey)
                .containsExactly("reconcile.row.outOfScope");
        assertThat(queries.reconciliation(lkOther).versions().get(0).assessed()).isFalse();

        // the history of A: assessed, queued, sent, accepted with the transaction id, then the two assessments
        List<ClaimHistoryEntry> history = queries.history(lkA);
        assertThat(history).extracting(ClaimHistoryEntry::stage).containsExactly(ClaimStage.ASSESSED,
                ClaimStage.QUEUED, ClaimStage.SENT, ClaimStage.ACCEPTED, ClaimStage.GATEWAY_ASSESSED,
                ClaimStage.GATEWAY_ASSESSED);
        assertThat(history.get(0).claimed()).isEqualByComparingTo(a.tBhtt());
        assertThat(history.get(3).maGiaoDich()).isEqualTo(transactionA);
        assertThat(history.get(4).refused()).isEqualByComparingTo("1050");
        assertThat(history.get(4).actor()).isEqualTo("thu.ngan");
        assertThat(history.get(5).refused()).isEqualByComparingTo("700");
        assertThat(history.get(5).accepted()).isEqualByComparingTo(a.tBhtt().subtract(new BigDecimal("700")));
    }

    @Test
    void malformedFilesAreRefusedWithAClearMessageAndWriteNothing() {
        String names = "file_name IN ('a.csv', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xml', 'f.xml')";
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_import WHERE " + names, Integer.class)).isZero();
        assertThatThrownBy(() -> importer.importFile("MA_LK;STT\n1;2".getBytes(StandardCharsets.UTF_8), "a.csv",
                "thu.ngan", List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("reconcile.file.unknownFormat"));
        assertThatThrownBy(() -> importer.importFile(ReconFixture.xlsx(List.of("Mã hồ sơ", "Số tiền"),
                List.of(List.of("x", 1))), "b.xlsx", "thu.ngan", List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reconcile.file.noHeading"));
        assertThatThrownBy(() -> importer.importFile(ReconFixture.xlsx(List.of("Mã liên kết", "STT"),
                List.of(List.of("x", 1))), "c.xlsx", "thu.ngan", List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reconcile.file.noAmountColumn"));
        assertThatThrownBy(() -> importer.importFile(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "d.xlsx", "thu.ngan",
                List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("reconcile.file.badXlsx"));
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<KET_QUA_GIAM_DINH><DONG><MA_LK>&x;</MA_LK><T_XUAT_TOAN>1</T_XUAT_TOAN></DONG></KET_QUA_GIAM_DINH>";
        assertThatThrownBy(() -> importer.importFile(hostile.getBytes(StandardCharsets.UTF_8), "e.xml", "thu.ngan",
                List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("export.xml.doctypeRefused"));
        assertThatThrownBy(() -> importer.importFile("<BANG><DONG/></BANG>".getBytes(StandardCharsets.UTF_8),
                "f.xml", "thu.ngan", List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("reconcile.file.badXmlRoot"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment_import WHERE " + names, Integer.class)).isZero();
    }

    @Test
    void aRetriedThenRejectedDossierRequeuedByAPersonLeavesEachStageInTheHistory() {
        Facility f = fx.facility("39");
        String lk = fx.settledVisit(f, "Hồ Thị Dung", LocalDateTime.of(2026, 11, 6, 8, 0), 3);
        long id = jdbc.queryForObject("SELECT id FROM outbox_submission WHERE kind = 'DOSSIER' AND ma_lk = ? "
                + "AND claim_version = 1", Long.class, lk);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // the gateway answers 500: the store's own transition to RETRY, due again a minute later
        tx.executeWithoutResult(s -> {
            ClaimedSubmission first = outbox.claim(id, "test-node", SENT, SENT.plusMinutes(5)).orElseThrow();
            assertThat(outbox.finish(first, SubmissionOutcome.RETRYABLE.name(), new SubmissionResult(
                    SubmissionOutcome.RETRYABLE, "500", null, null, "Lỗi máy chủ cổng", 500, null), null,
                    new AttemptVerdict(SubmissionStatus.RETRY, SENT.plusMinutes(1)), SENT.plusSeconds(5))).isTrue();
        });
        // the next attempt is refused for its content (a format code): REJECTED, never retried by itself
        tx.executeWithoutResult(s -> {
            ClaimedSubmission second = outbox.claim(id, "test-node", SENT.plusMinutes(2), SENT.plusMinutes(7))
                    .orElseThrow();
            assertThat(outbox.finish(second, SubmissionOutcome.REJECTED.name(), new SubmissionResult(
                    SubmissionOutcome.REJECTED, "205", null, null, "Sai cấu trúc hồ sơ XML1", 200, null), null,
                    new AttemptVerdict(SubmissionStatus.REJECTED, null), SENT.plusMinutes(2))).isTrue();
        });
        tx.executeWithoutResult(s -> outbox.requeue(id, "can.bo.bhyt", "Đã sửa cấu trúc XML1",
                SENT.plusHours(1)));

        List<ClaimHistoryEntry> history = queries.history(lk);
        assertThat(history).extracting(h -> h.claimNo() + ":" + h.stage()).containsSubsequence("1:QUEUED", "1:SENT",
                "1:RETRY", "1:REJECTED", "1:REQUEUED");
        assertThat(history).filteredOn(h -> h.stage() == ClaimStage.REQUEUED).singleElement().satisfies(h -> {
            assertThat(h.actor()).isEqualTo("can.bo.bhyt");
            assertThat(h.note()).isEqualTo("Đã sửa cấu trúc XML1");
            assertThat(h.at()).isEqualTo(SENT.plusHours(1));
        });
        assertThat(history).filteredOn(h -> h.stage() == ClaimStage.REJECTED).singleElement()
                .satisfies(h -> assertThat(h.submissionId()).isEqualTo(id));
    }

    @Test
    void aRefusedLineIsCorrectedIntoANewVersionThatIsQueuedAndTheReconciliationShowsBeforeAndAfter() {
        Facility f = fx.facility("39");
        String code = ReconFixture.code(f);
        LocalDateTime arrival = LocalDateTime.of(2026, 11, 6, 8, 0);
        String lk = fx.settledVisit(f, "Phạm Thị Dung", arrival, 10);
        fx.accept(lk, 1, SENT);
        importer.importFile(ReconFixture.xlsx(HEADINGS, List.of(
                List.of(lk, code, "XML2", 1, "40.48", "", 3500, 0, 3500, "CK_13", "Thuốc không đúng chỉ định"))),
                "kq-" + lk + ".xlsx", "thu.ngan", List.of(code));

        // the clerk corrects: the refused drug line is replaced by what was really given, and the encounter settled
        long encounter = fx.encounterId(lk);
        settlement.startCorrection(encounter, "Xuất toán XML2 STT 1: kê lại thuốc", "thu.ngan");
        int drugLine = jdbc.queryForObject("SELECT MAX(line_no) FROM order_line WHERE encounter_id = ?",
                Integer.class, encounter);
        encounters.removeLine(encounter, drugLine);
        fx.addDrug(encounter, arrival, 4);
        fx.settle(encounter, arrival.plusHours(4));

        List<StoredClaim> versions = claims.versions(lk);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).status()).isEqualTo(ClaimStatus.QUEUED);
        ClaimReconciliation rec = queries.reconciliation(lk);
        ClaimReconciliation.Version before = rec.versions().get(0);
        ClaimReconciliation.Version after = rec.versions().get(1);
        assertThat(before.assessed()).isTrue();
        assertThat(before.refused()).isEqualByComparingTo("3500");
        assertThat(before.submissionStatus()).isEqualTo("ACCEPTED");
        ClaimReconciliation.Line drug = before.lines().stream().filter(l -> l.tableCode().equals("XML2")).findFirst()
                .orElseThrow();
        assertThat(drug.refused()).isEqualByComparingTo("3500");
        assertThat(drug.refusals()).extracting(ClaimReconciliation.Refusal::reasonCode).containsExactly("CK_13");
        assertThat(drug.nextClaimNo()).isEqualTo(2);
        assertThat(drug.nextClaimed()).isEqualByComparingTo("1400");
        assertThat(after.reason()).isEqualTo("CORRECTION");
        assertThat(after.assessed()).isFalse();
        assertThat(after.submissionStatus()).isEqualTo("QUEUED");
        assertThat(after.claimed()).isEqualByComparingTo(before.claimed().subtract(new BigDecimal("2100")));

        List<ClaimHistoryEntry> history = queries.history(lk);
        assertThat(history).extracting(h -> h.claimNo() + ":" + h.stage()).containsSubsequence("1:ACCEPTED",
                "1:GATEWAY_ASSESSED", "1:CORRECTED", "2:ASSESSED", "2:QUEUED");
        assertThat(history.stream().filter(h -> h.stage() == ClaimStage.CORRECTED).findFirst().orElseThrow().note())
                .contains("2").contains("kê lại thuốc");
        fx.accept(lk, 2, SENT.plusDays(1));
        assertThat(queries.history(lk)).extracting(h -> h.claimNo() + ":" + h.stage()).endsWith("2:SENT",
                "2:ACCEPTED");
    }

    @Test
    void provinceReportListsClaimedAcceptedRefusedCellByCellAndItsTotalsEqualTheXml1Sums() throws Exception {
        String province = "38";
        YearMonth month = YearMonth.of(2026, 11);
        Facility f = fx.facility(province);
        String code = ReconFixture.code(f);
        String lkA = fx.settledVisit(f, "Nguyễn Văn An", LocalDateTime.of(2026, 11, 3, 8, 0), 10);
        String lkB = fx.settledVisit(f, "Trần Thị Bình", LocalDateTime.of(2026, 11, 9, 8, 0), 20);
        String lkC = fx.settledVisit(f, "Lê Văn Cường", LocalDateTime.of(2026, 11, 12, 8, 0), 4);
        fx.settledVisit(f, "Đỗ Văn Dũng", LocalDateTime.of(2026, 10, 12, 8, 0), 4); // October: not reported
        fx.accept(lkA, 1, SENT);
        fx.accept(lkB, 1, SENT);
        importer.importFile(ReconFixture.xlsx(HEADINGS, List.of(
                List.of(lkA, code, "XML2", 1, "40.48", "", 3500, 2450, 1050, "TC43", "Giá thuốc vượt giá trúng thầu"),
                List.of(lkB, code, "XML2", 1, "40.48", "", 7000, 0, 7000, "CK_13", "Thuốc không đúng chỉ định"),
                List.of(lkB, code, "", "", "", "", "", "", 0, "", ""))),
                "kq-tinh-38.xlsx", "giam.dinh", List.of());

        // what the report must add up to: XML1 T_BHTT of the reported versions of the province, from the stored bytes
        BigDecimal expectedClaimed = BigDecimal.ZERO;
        for (String maLk : jdbc.queryForList("SELECT DISTINCT cv.ma_lk FROM claim_version cv JOIN encounter e "
                + "ON e.id = cv.encounter_id JOIN facility fa ON fa.id = e.facility_id WHERE fa.province_code = ? "
                + "AND cv.discharge_time >= ? AND cv.discharge_time < ?", String.class, province,
                LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 12, 1, 0, 0))) {
            List<StoredClaim> vs = claims.versions(maLk);
            StoredClaim newest = vs.get(vs.size() - 1);
            expectedClaimed = expectedClaimed.add(new BigDecimal(TableReader.rows(xml1(newest.id())).get(0)
                    .get("T_BHTT")));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProvinceReconciliationReport.Summary summary = provinceReport.write(province, month,
                Locale.forLanguageTag("vi"), out);
        assertThat(summary.claimed()).isEqualByComparingTo(expectedClaimed);
        assertThat(summary.accepted().add(summary.refused()).add(summary.pending()))
                .isEqualByComparingTo(summary.claimed());
        assertThat(ProvinceReconciliationReport.fileName(province, month))
                .isEqualTo("doi-soat-bhyt-tinh-38-2026-11.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Theo cơ sở", "Danh sách hồ sơ", "Lý do xuất toán");
            Sheet detail = book.getSheet("Danh sách hồ sơ");
            assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            Map<String, Integer> col = headings(detail.getRow(3));
            Map<String, Row> byLk = new HashMap<>();
            int last = 4;
            while (detail.getRow(last) != null && detail.getRow(last).getCell(col.get("Mã liên kết")) != null) {
                byLk.put(detail.getRow(last).getCell(col.get("Mã liên kết")).getStringCellValue(), detail.getRow(last));
                last++;
            }
            assertThat(byLk).containsKeys(lkA, lkB, lkC);
            StoredClaim a = claims.versions(lkA).get(0);
            StoredClaim c = claims.versions(lkC).get(0);
            Row rowA = byLk.get(lkA);
            assertThat(rowA.getCell(col.get("Mã cơ sở KCB")).getStringCellValue()).isEqualTo(code);
            assertThat(rowA.getCell(col.get("Kết quả giám định")).getStringCellValue()).isEqualTo("Đã có kết quả");
            assertThat(rowA.getCell(col.get("Đề nghị thanh toán (T_BHTT)")).getNumericCellValue())
                    .isEqualTo(a.tBhtt().doubleValue());
            assertThat(rowA.getCell(col.get("Xuất toán")).getNumericCellValue()).isEqualTo(1050.0);
            assertThat(rowA.getCell(col.get("Được chấp nhận")).getNumericCellValue())
                    .isEqualTo(a.tBhtt().doubleValue() - 1050);
            assertThat(rowA.getCell(col.get("Xuất toán")).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Row rowC = byLk.get(lkC);
            assertThat(rowC.getCell(col.get("Kết quả giám định")).getStringCellValue()).isEqualTo("Chưa có kết quả");
            assertThat(rowC.getCell(col.get("Chưa có kết quả giám định")).getNumericCellValue())
                    .isEqualTo(c.tBhtt().doubleValue());
            Row total = detail.getRow(last);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            Cell claimedTotal = total.getCell(col.get("Đề nghị thanh toán (T_BHTT)"));
            assertThat(claimedTotal.getCellFormula()).startsWith("SUM(");
            assertThat(value(eval, claimedTotal)).isEqualTo(expectedClaimed.doubleValue());
            assertThat(value(eval, total.getCell(col.get("Xuất toán")))).isEqualTo(summary.refused().doubleValue());

            Sheet byFacility = book.getSheet("Theo cơ sở");
            Map<String, Integer> fcol = headings(byFacility.getRow(3));
            Row mine = null;
            int r = 4;
            for (; byFacility.getRow(r) != null; r++) {
                Cell first = byFacility.getRow(r).getCell(0);
                if (first.getStringCellValue().equals(code)) {
                    mine = byFacility.getRow(r);
                }
                if (first.getStringCellValue().equals("Tổng cộng")) {
                    break;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.getCell(fcol.get("Tên cơ sở KCB")).getStringCellValue()).isEqualTo(f.name());
            assertThat(value(eval, mine.getCell(fcol.get("Số hồ sơ")))).isEqualTo(3.0);
            assertThat(value(eval, mine.getCell(fcol.get("Số hồ sơ đã có kết quả")))).isEqualTo(2.0);
            assertThat(value(eval, mine.getCell(fcol.get("Xuất toán")))).isEqualTo(8050.0);
            assertThat(value(eval, mine.getCell(fcol.get("Chưa có kết quả giám định"))))
                    .isEqualTo(c.tBhtt().doubleValue());
            Row facilityTotal = byFacility.getRow(r);
            assertThat(facilityTotal.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(value(eval, facilityTotal.getCell(fcol.get("Đề nghị thanh toán (T_BHTT)"))))
                    .isEqualTo(expectedClaimed.doubleValue());
            double accepted = value(eval, facilityTotal.getCell(fcol.get("Được chấp nhận")));
            double refused = value(eval, facilityTotal.getCell(fcol.get("Xuất toán")));
            double pending = value(eval, facilityTotal.getCell(fcol.get("Chưa có kết quả giám định")));
            assertThat(accepted + refused + pending).isEqualTo(expectedClaimed.doubleValue());
            assertThat(value(eval, facilityTotal.getCell(fcol.get("Tỷ lệ xuất toán"))))
                    .isEqualTo(refused / (accepted + refused));

            Sheet reasons = book.getSheet("Lý do xuất toán");
            Map<String, Integer> rcol = headings(reasons.getRow(3));
            List<String> ranked = new ArrayList<>();
            for (int i = 4; !reasons.getRow(i).getCell(0).getCellType().equals(CellType.STRING); i++) {
                ranked.add(reasons.getRow(i).getCell(rcol.get("Mã lý do")).getStringCellValue());
            }
            assertThat(ranked).startsWith("CK_13", "TC43");
            Row top = reasons.getRow(4);
            assertThat(top.getCell(rcol.get("Lý do xuất toán")).getStringCellValue())
                    .isEqualTo("Thuốc không đúng chỉ định");
            assertThat(top.getCell(rcol.get("Xuất toán")).getNumericCellValue()).isEqualTo(7000.0);
            Row reasonTotal = reasons.getRow(4 + ranked.size());
            assertThat(reasonTotal.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(value(eval, reasonTotal.getCell(rcol.get("Xuất toán")))).isEqualTo(refused);
        }
    }

    @Test
    void ledgerListsEverySubmissionAndAttemptOfThePeriodWithTheTransactionId() throws Exception {
        Facility f = fx.facility("37");
        String code = ReconFixture.code(f);
        String lk = fx.settledVisit(f, "Vũ Thị Em", LocalDateTime.of(2026, 11, 7, 8, 0), 3);
        String transaction = fx.accept(lk, 1, SENT);
        LocalDate today = jdbc.queryForObject("SELECT MAX(created_at) FROM outbox_submission WHERE ma_lk = ?",
                java.sql.Timestamp.class, lk).toLocalDateTime().toLocalDate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubmissionLedgerReport.Counts counts = ledgerReport.write(code, today.minusDays(1), today,
                Locale.forLanguageTag("vi"), out);
        int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_submission WHERE facility_code = ?",
                Integer.class, code);
        assertThat(counts.submissions()).isEqualTo(submissions);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Sheet list = book.getSheet("Hồ sơ gửi");
            Map<String, Integer> col = headings(list.getRow(3));
            Row dossier = null;
            for (int r = 4; r < 4 + counts.submissions(); r++) {
                if (list.getRow(r).getCell(col.get("Loại")).getStringCellValue().equals("Hồ sơ đề nghị thanh toán")) {
                    dossier = list.getRow(r);
                }
            }
            assertThat(dossier).isNotNull();
            assertThat(dossier.getCell(col.get("Mã liên kết")).getStringCellValue()).isEqualTo(lk);
            assertThat(dossier.getCell(col.get("Trạng thái")).getStringCellValue()).isEqualTo("Cổng đã tiếp nhận");
            assertThat(dossier.getCell(col.get("Mã giao dịch")).getStringCellValue()).isEqualTo(transaction);
            assertThat(dossier.getCell(col.get("Số lần gửi")).getNumericCellValue()).isEqualTo(1.0);
            Sheet summary = book.getSheet("Tổng hợp");
            double accepted = 0;
            double all = 0;
            for (int r = 4; r < 4 + 7; r++) {
                double n = value(eval, summary.getRow(r).getCell(1));
                all += n;
                if (summary.getRow(r).getCell(0).getStringCellValue().equals("Cổng đã tiếp nhận")) {
                    accepted = n;
                }
            }
            assertThat(accepted).isEqualTo(1.0);
            assertThat(all).isEqualTo(submissions);
            assertThat(value(eval, summary.getRow(11).getCell(1))).isEqualTo(submissions);
        }
        // the attempt was started at SENT (25/11/2026): in that period's attempt sheet
        ByteArrayOutputStream attemptsOut = new ByteArrayOutputStream();
        SubmissionLedgerReport.Counts november = ledgerReport.write(code, LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 25), Locale.forLanguageTag("vi"), attemptsOut);
        assertThat(november.attempts()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(attemptsOut.toByteArray()))) {
            Sheet attempts = book.getSheet("Các lần gửi");
            Map<String, Integer> col = headings(attempts.getRow(3));
            Row row = attempts.getRow(4);
            assertThat(row.getCell(col.get("Kết quả")).getStringCellValue()).isEqualTo("Được tiếp nhận");
            assertThat(row.getCell(col.get("Mã giao dịch")).getStringCellValue()).isEqualTo(transaction);
            assertThat(row.getCell(col.get("HTTP")).getNumericCellValue()).isEqualTo(200.0);
            assertThat(row.getCell(col.get("Bắt đầu")).getLocalDateTimeCellValue()).isEqualTo(SENT);
        }
    }

    private BigDecimal lineTbhtt(StoredClaim c, String table, int stt) {
        byte[] content = jdbc.queryForObject("SELECT content FROM claim_table WHERE claim_version_id = ? AND "
                + "table_code = ?", byte[].class, c.id(), table);
        return TableReader.rows(content).stream().filter(l -> l.get("STT").equals(String.valueOf(stt)))
                .map(l -> new BigDecimal(l.get("T_BHTT"))).findFirst().orElseThrow();
    }

    @Test
    void provinceReportOverARangeOfMonthsHasOneRowPerFacilityAndMonthAndClaimedIsAcceptedPlusRefusedPlusPending()
            throws Exception {
        String province = "35";
        Facility f = fx.facility(province);
        Facility g = fx.facility(province);
        String code = ReconFixture.code(f);
        String codeG = ReconFixture.code(g);
        String lkOct = fx.settledVisit(f, "Nguyễn Văn Mười", LocalDateTime.of(2026, 10, 5, 8, 0), 10);
        String lkNov = fx.settledVisit(f, "Trần Văn Mười Một", LocalDateTime.of(2026, 11, 6, 8, 0), 20);
        String lkNovG = fx.settledVisit(g, "Lê Thị Chờ", LocalDateTime.of(2026, 11, 7, 8, 0), 4);
        fx.settledVisit(f, "Phạm Văn Chín", LocalDateTime.of(2026, 9, 30, 8, 0), 4); // September: not reported
        fx.accept(lkOct, 1, SENT);
        fx.accept(lkNov, 1, SENT);
        importer.importFile(ReconFixture.xlsx(HEADINGS, List.of(
                List.of(lkOct, code, "XML2", 1, "40.48", "", 3500, 2450, 1050, "TC43", "Giá thuốc vượt giá trúng thầu"),
                List.of(lkNov, code, "XML2", 1, "40.48", "", 7000, 0, 7000, "CK_13", "Thuốc không đúng chỉ định"))),
                "kq-tinh-35.xlsx", "giam.dinh", List.of());
        Map<String, BigDecimal> claimedOf = new HashMap<>();
        for (String lk : List.of(lkOct, lkNov, lkNovG)) {
            List<StoredClaim> vs = claims.versions(lk);
            claimedOf.put(lk, new BigDecimal(TableReader.rows(xml1(vs.get(vs.size() - 1).id())).get(0).get("T_BHTT")));
        }
        BigDecimal expectedClaimed = claimedOf.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProvinceReconciliationReport.Summary summary = provinceReport.write(province, YearMonth.of(2026, 10),
                YearMonth.of(2026, 11), Locale.forLanguageTag("vi"), out);
        assertThat(ProvinceReconciliationReport.fileName(province, YearMonth.of(2026, 10), YearMonth.of(2026, 11)))
                .isEqualTo("doi-soat-bhyt-tinh-35-2026-10-2026-11.xlsx");
        assertThat(summary.claims()).isEqualTo(3);
        assertThat(summary.claimed()).isEqualByComparingTo(expectedClaimed);
        assertThat(summary.refused()).isEqualByComparingTo("8050");
        assertThat(summary.pending()).isEqualByComparingTo(claimedOf.get(lkNovG));
        assertThat(summary.accepted().add(summary.refused()).add(summary.pending()))
                .isEqualByComparingTo(summary.claimed());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            assertThat(book.getSheet("Theo cơ sở").getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "ĐỐI CHIẾU ĐỀ NGHỊ – CHẤP NHẬN – XUẤT TOÁN BHYT TỪ THÁNG 10/2026 ĐẾN THÁNG 11/2026 – CÁC CƠ SỞ KCB "
                            + "TỈNH 35");
            Sheet byFacility = book.getSheet("Theo cơ sở");
            Map<String, Integer> fcol = headings(byFacility.getRow(3));
            // rows: months in order, facilities by code within a month
            List<String> keys = new ArrayList<>();
            int r = 4;
            for (; !byFacility.getRow(r).getCell(0).getStringCellValue().equals("Tổng cộng"); r++) {
                Row row = byFacility.getRow(r);
                Cell month = row.getCell(fcol.get("Tháng"));
                assertThat(month.getCellStyle().getDataFormatString()).isEqualTo("mm/yyyy");
                keys.add(row.getCell(0).getStringCellValue() + "@"
                        + YearMonth.from(month.getLocalDateTimeCellValue()));
                double claimed = value(eval, row.getCell(fcol.get("Đề nghị thanh toán (T_BHTT)")));
                double parts = value(eval, row.getCell(fcol.get("Được chấp nhận")))
                        + value(eval, row.getCell(fcol.get("Xuất toán")))
                        + value(eval, row.getCell(fcol.get("Chưa có kết quả giám định")));
                assertThat(parts).as("row %d", r).isEqualTo(claimed);
            }
            List<String> expectedKeys = new ArrayList<>(List.of(code + "@2026-11", codeG + "@2026-11"));
            expectedKeys.sort(null);
            expectedKeys.add(0, code + "@2026-10");
            assertThat(keys).containsExactlyElementsOf(expectedKeys);
            Row oct = byFacility.getRow(4);
            assertThat(value(eval, oct.getCell(fcol.get("Số hồ sơ")))).isEqualTo(1.0);
            assertThat(value(eval, oct.getCell(fcol.get("Xuất toán")))).isEqualTo(1050.0);
            assertThat(value(eval, oct.getCell(fcol.get("Đề nghị thanh toán (T_BHTT)"))))
                    .isEqualTo(claimedOf.get(lkOct).doubleValue());
            Row novF = byFacility.getRow(4 + 1 + expectedKeys.subList(1, 3).indexOf(code + "@2026-11"));
            assertThat(value(eval, novF.getCell(fcol.get("Số hồ sơ đã có kết quả")))).isEqualTo(1.0);
            assertThat(value(eval, novF.getCell(fcol.get("Xuất toán")))).isEqualTo(7000.0);
            Row total = byFacility.getRow(r);
            assertThat(value(eval, total.getCell(fcol.get("Số hồ sơ")))).isEqualTo(3.0);
            assertThat(value(eval, total.getCell(fcol.get("Đề nghị thanh toán (T_BHTT)"))))
                    .isEqualTo(expectedClaimed.doubleValue());
            assertThat(value(eval, total.getCell(fcol.get("Được chấp nhận")))
                    + value(eval, total.getCell(fcol.get("Xuất toán")))
                    + value(eval, total.getCell(fcol.get("Chưa có kết quả giám định"))))
                    .isEqualTo(expectedClaimed.doubleValue());

            Sheet detail = book.getSheet("Danh sách hồ sơ");
            Map<String, Integer> col = headings(detail.getRow(3));
            assertThat(detail.getRow(4).getCell(col.get("Mã liên kết")).getStringCellValue()).isEqualTo(lkOct);
            assertThat(YearMonth.from(detail.getRow(4).getCell(col.get("Tháng")).getLocalDateTimeCellValue()))
                    .isEqualTo(YearMonth.of(2026, 10));
            assertThat(detail.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");

            Sheet reasons = book.getSheet("Lý do xuất toán");
            Map<String, Integer> rcol = headings(reasons.getRow(3));
            assertThat(reasons.getRow(4).getCell(rcol.get("Mã lý do")).getStringCellValue()).isEqualTo("CK_13");
            assertThat(reasons.getRow(4).getCell(rcol.get("Xuất toán")).getNumericCellValue()).isEqualTo(7000.0);
            assertThat(reasons.getRow(5).getCell(rcol.get("Mã lý do")).getStringCellValue()).isEqualTo("TC43");
            assertThat(value(eval, reasons.getRow(6).getCell(rcol.get("Xuất toán")))).isEqualTo(8050.0);
        }
    }

    private byte[] xml1(long claimId) {
        return jdbc.queryForObject("SELECT content FROM claim_table WHERE claim_version_id = ? AND table_code = 'XML1'",
                byte[].class, claimId);
    }

    /** Rows of {@code table} about these claims only (other tests share the database). */
    private int count(String table, String... maLks) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE ma_lk IN (?, ?)", Integer.class,
                (Object[]) maLks);
    }

    private static double value(FormulaEvaluator eval, Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? eval.evaluate(cell).getNumberValue() : cell.getNumericCellValue();
    }

    private static Map<String, Integer> headings(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : row) {
            columns.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return columns;
    }
}
