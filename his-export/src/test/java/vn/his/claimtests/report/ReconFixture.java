package vn.his.claimtests.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.export.gateway.SubmissionOutcome;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.outbox.AttemptVerdict;
import vn.his.export.outbox.ClaimedSubmission;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;

/**
 * Settled outpatient visits in a facility of a province of the test's own (so a province report sees only them), the
 * gateway's acceptance of their dossiers through the outbox store's own transitions, and result files as a clerk
 * would prepare them.
 */
final class ReconFixture {

    static final String CCHN = "000123/NA-CCHN";
    private static final AtomicInteger CARDS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private final EncounterService encounters;
    private final CoreFixtures fixtures;
    private final PatientRegistry registry;
    private final FacilityRepository facilities;
    private final CatalogItemRepository items;
    private final SettlementService settlement;
    private final SubmissionStore outbox;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;

    ReconFixture(EncounterService encounters, CoreFixtures fixtures, PatientRegistry registry,
                 FacilityRepository facilities, CatalogItemRepository items, SettlementService settlement,
                 SubmissionStore outbox, PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.encounters = encounters;
        this.fixtures = fixtures;
        this.registry = registry;
        this.facilities = facilities;
        this.items = items;
        this.settlement = settlement;
        this.outbox = outbox;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** A district hospital of {@code province} with a fresh code, an exam service and a drug in its catalogue. */
    Facility facility(String province) {
        fixtures.icd10("J02.9");
        return new TransactionTemplate(transactions).execute(s -> {
            Facility f = new Facility("Bệnh viện huyện đối soát " + CARDS.incrementAndGet(), RouteLevel.DISTRICT,
                    CareLevel.BASIC, 45, false, province, null);
            f.assignCode(FreshFacilityCodes.of(province, facilities), LocalDate.of(2020, 1, 1));
            f = facilities.save(f);
            f.describe(null, "17605", "Huyện thử, tỉnh " + province, "0112345678");
            LocalDate from = LocalDate.of(2020, 1, 1);
            items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("45300"),
                    new BigDecimal("45300"), 100, 1, from));
            items.save(new CatalogItem(f, OrderKind.DRUG, "40.48", "Paracetamol 500mg", 4, "Viên",
                    new BigDecimal("350"), new BigDecimal("350"), 100, 1, from)
                    .drug("40.48", "500mg", "1.01", "Viên nén", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025"));
            return f;
        });
    }

    static String code(Facility f) {
        return f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
    }

    /** An outpatient visit (exam = XML3 STT 1, {@code tablets} tablets = XML2 STT 1) settled and paid; its MA_LK. */
    String settledVisit(Facility f, String name, LocalDateTime arrival, int tablets) {
        int n = CARDS.incrementAndGet();
        String code = code(f);
        String province = code.substring(0, 2);
        Patient p = registry.register(new PatientDetails(name, BirthDate.of(LocalDate.of(1980, 3, 2)),
                Gender.MALE, "01", "000", "00000", "Xóm 1, xã thử", "40", "415", "17605",
                String.format("0%02d%09d", Integer.parseInt(province), n % 1_000_000_000), null, null));
        InsuranceCard card = new TransactionTemplate(transactions).execute(s -> registry.addCard(p.id(),
                new CardDetails(new CardNumber(String.format("HT3%s%010d", province, n)), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), code, null, null, null)));
        long id = encounters.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", arrival,
                "Sốt, đau họng", false, null, null, false, null, "K01", new BigDecimal("60"))).id();
        encounters.addLine(id, new OrderLineDraft(OrderKind.SERVICE, "02.1896", "Khám Nội", "02.1896", null, 13,
                "Lần", BigDecimal.ONE, new BigDecimal("45300"), new BigDecimal("45300"), 1, 100, 100, null,
                arrival.plusMinutes(10), arrival.plusMinutes(15), arrival.plusMinutes(50), "K01", CCHN, CCHN, null,
                null, null, 1, null, null, null, null, null, null, null, null, null, null, null, OtherFunding.NONE));
        addDrug(id, arrival, tablets);
        encounters.recordDiagnosis(id, new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(id, new Discharge(arrival.plusHours(1), 1, 1, null, null, null, null));
        settle(id, arrival.plusHours(3));
        return jdbc.queryForObject("SELECT ma_lk FROM encounter WHERE id = ?", String.class, id);
    }

    void addDrug(long encounterId, LocalDateTime arrival, int tablets) {
        encounters.addLine(encounterId, new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4,
                "Viên", new BigDecimal(tablets), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null,
                arrival.plusMinutes(40), arrival.plusMinutes(40), null, "K01", CCHN, null, null, null, null, 1, 1,
                "500mg", "1.01", "Viên nén", "1 viên/lần * 2 lần/ngày", null, "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025",
                null, null, null, OtherFunding.NONE));
    }

    void settle(long encounterId, LocalDateTime paidAt) {
        var priced = settlement.preview(encounterId, Optional.empty());
        BigDecimal due = priced.totals().tBncct().add(priced.totals().tBntt());
        settlement.settle(encounterId, Optional.empty(), "thu.ngan",
                Optional.of(new Payment(PaymentMethod.CASH, paidAt, due, null)));
    }

    long encounterId(String maLk) {
        return jdbc.queryForObject("SELECT id FROM encounter WHERE ma_lk = ?", Long.class, maLk);
    }

    /**
     * The gateway accepts the queued dossier of the claim's version {@code claimNo}: the outbox store's own claim and
     * finish (what the dispatcher does with the gateway's answer), so the history is written by the real transitions.
     */
    String accept(String maLk, int claimNo, LocalDateTime at) {
        long id = jdbc.queryForObject("SELECT id FROM outbox_submission WHERE kind = 'DOSSIER' AND ma_lk = ? "
                + "AND claim_version = ?", Long.class, maLk, claimNo);
        String transaction = "GD-" + maLk + "-" + claimNo;
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            ClaimedSubmission claimed = outbox.claim(id, "test-node", at, at.plusMinutes(5)).orElseThrow();
            boolean done = outbox.finish(claimed, "ACCEPTED", new SubmissionResult(SubmissionOutcome.ACCEPTED, "000",
                    transaction, at.plusSeconds(2), "Tiếp nhận thành công", 200, null), null,
                    new AttemptVerdict(SubmissionStatus.ACCEPTED, null), at.plusSeconds(2));
            if (!done) {
                throw new IllegalStateException("not accepted");
            }
        });
        return transaction;
    }

    /** An xlsx result file: a title block, the heading row on row 3, then {@code rows} (null = empty cell). */
    static byte[] xlsx(List<String> headings, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("KetQua");
            sheet.createRow(0).createCell(0).setCellValue("KẾT QUẢ GIÁM ĐỊNH CHI TIẾT THÁNG 11/2026");
            Row h = sheet.createRow(2);
            for (int c = 0; c < headings.size(); c++) {
                h.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
