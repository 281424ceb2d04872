package vn.his.export.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.claimtests.ClaimTestApplication;
import vn.his.claimtests.RecordingSubmissionQueue;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierReader;
import vn.his.export.envelope.TableReader;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.xml.TableDocument;

/**
 * The whole claim path on the database (H2, then MariaDB): costs recorded through EncounterService queue the
 * check-in once; settlement stores claim version 1 and queues its dossier in the same transaction; a later payment
 * and a correction make new versions and keep the old ones byte for byte; a claim with errors is held, shown in
 * the worklist and queued after the fix.
 */
@DatabaseTest
@SpringBootTest(classes = ClaimTestApplication.class)
class ClaimFlowDbTest {

    static final LocalDateTime ARRIVAL = ClaimFixtures.ARRIVAL;

    @Autowired
    EncounterScenario scenario;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimStore store;

    @Autowired
    ClaimDocuments documents;

    @Autowired
    RecordingSubmissionQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    String maLk(long id) {
        return jdbc.queryForObject("SELECT ma_lk FROM encounter WHERE id = ?", String.class, id);
    }

    @Test
    void checkInOnceThenSettlementQueuesTheDossierAndPaymentAndCorrectionMakeNewVersions() {
        Facility f = scenario.facility();
        scenario.approveLabTest(f);
        Patient p = scenario.patient("Trần Thị Hoa");
        long id = scenario.open(f, p, scenario.card(p, f, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                false, ARRIVAL);
        String lk = maLk(id);
        scenario.recordVisit(id, ARRIVAL, true);

        // check-in: once, at the first cost (four lines recorded), with the exam as first item
        List<OutgoingDocument> checkIns = queue.of(lk, SubmissionKind.CHECK_IN);
        assertThat(checkIns).hasSize(1);
        var checkIn = TableReader.rows(checkIns.get(0).unsignedXml()).get(0);
        assertThat(checkIn).containsEntry("MA_LK", lk).containsEntry("MA_DICH_VU", "02.1896")
                .containsEntry("NGAY_YL", "202611200740").containsEntry("MA_CSKCB", scenario.code(f))
                // provisional visit object at opening (QĐ 3276 PL1): card registered at this district hospital → 1.1
                .containsEntry("MA_DOITUONG_KCB", "1.1");
        assertThat(queue.of(lk, SubmissionKind.DOSSIER)).isEmpty();

        // settlement (discharged unpaid): claim version 1, assessed without errors, dossier queued
        scenario.settle(id, 1, null, null);
        StoredClaim v1 = store.latest(lk).orElseThrow();
        assertThat(v1.claimNo()).isEqualTo(1);
        assertThat(v1.reason()).isEqualTo(ClaimReason.SETTLEMENT);
        assertThat(v1.status()).as(store.findings(v1.id()).toString()).isEqualTo(ClaimStatus.QUEUED);
        assertThat(v1.errorCount()).isZero();
        assertThat(v1.paymentTime()).isNull();
        List<OutgoingDocument> dossiers = queue.of(lk, SubmissionKind.DOSSIER);
        assertThat(dossiers).hasSize(1);
        assertThat(dossiers.get(0).claimVersion()).isEqualTo(1);
        Dossier dossier = new DossierReader().read(dossiers.get(0).unsignedXml());
        assertThat(dossier.rows("XML1").get(0)).containsEntry("MA_LK", lk).containsEntry("NGAY_TTOAN", "");
        assertThat(dossier.records().get(0)).extracting(Dossier.DossierFile::loaiHoSo)
                .containsExactly("XML1", "XML2", "XML3", "XML4");
        // re-export of version 1 from the stored bytes gives the queued file, byte for byte
        List<TableDocument> v1Tables = store.tables(v1.id());
        assertThat(documents.dossiers().write(v1.facilityCode(), v1.ngayLap(), v1Tables))
                .isEqualTo(dossiers.get(0).unsignedXml());

        // the same event again changes nothing: no new version, nothing queued twice
        scenario.republish(id, 1);
        assertThat(store.versions(lk)).hasSize(1);
        assertThat(queue.of(lk, SubmissionKind.DOSSIER)).hasSize(1);

        // payment recorded later: NGAY_TTOAN changes, version 2 is queued, version 1 is kept as it was
        scenario.pay(id, 1, ARRIVAL.plusDays(1).withHour(9).withMinute(15));
        StoredClaim v2 = store.latest(lk).orElseThrow();
        assertThat(v2.claimNo()).isEqualTo(2);
        assertThat(v2.reason()).isEqualTo(ClaimReason.PAYMENT_RECORDED);
        assertThat(v2.status()).isEqualTo(ClaimStatus.QUEUED);
        assertThat(new DossierReader().read(queue.of(lk, SubmissionKind.DOSSIER).get(1).unsignedXml()).rows("XML1")
                .get(0)).containsEntry("NGAY_TTOAN", "202611210915");

        // correction: a new priced version makes claim version 3 with its reason; versions 1 and 2 stay
        scenario.correct(id, ARRIVAL, "Bổ sung thuốc hạ sốt đã cấp");
        scenario.settle(id, 2, "Bổ sung thuốc hạ sốt đã cấp", ARRIVAL.plusDays(2));
        List<StoredClaim> versions = store.versions(lk);
        assertThat(versions).extracting(StoredClaim::claimNo).containsExactly(1, 2, 3);
        assertThat(versions.get(2).reason()).isEqualTo(ClaimReason.CORRECTION);
        assertThat(versions.get(2).reasonText()).isEqualTo("Bổ sung thuốc hạ sốt đã cấp");
        assertThat(versions.get(2).pricedVersion()).isEqualTo(2);
        assertThat(store.tables(v1.id())).isEqualTo(v1Tables);
        Dossier corrected = new DossierReader().read(queue.of(lk, SubmissionKind.DOSSIER).get(2).unsignedXml());
        assertThat(corrected.rows("XML2")).hasSize(2);
        assertThat(queue.of(lk, SubmissionKind.CHECK_IN)).hasSize(1);
    }

    @Test
    void aClaimWithErrorsIsHeldShownInTheWorklistAndQueuedAfterTheFix() {
        Facility f = scenario.facility(); // the lab test is not in the approved catalogue yet
        Patient p = scenario.patient("Lê Văn Nam");
        long id = scenario.open(f, p, scenario.card(p, f, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                false, ARRIVAL);
        String lk = maLk(id);
        scenario.recordVisit(id, ARRIVAL, true);
        scenario.settle(id, 1, null, ARRIVAL.plusHours(3));

        StoredClaim held = store.latest(lk).orElseThrow();
        assertThat(held.status()).isEqualTo(ClaimStatus.HELD_WITH_ERRORS);
        assertThat(queue.of(lk, SubmissionKind.DOSSIER)).isEmpty();
        assertThat(claims.worklist(List.of(scenario.code(f)), ClaimStatus.HELD_WITH_ERRORS, 100))
                .extracting(StoredClaim::maLk).containsExactly(lk);
        List<StoredFinding> findings = store.findings(held.id());
        assertThat(findings).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("SERVICE_NOT_IN_CATALOGUE");
            assertThat(x.table()).isEqualTo("XML3");
            assertThat(x.rowStt()).isEqualTo(2);
            assertThat(x.message()).contains("22.0120.1370");
            assertThat(x.message(java.util.Locale.ENGLISH)).contains("approved list");
        });

        // re-assessing without a fix keeps it held
        assertThat(claims.reassess(lk, "thử lại").claim().status()).isEqualTo(ClaimStatus.HELD_WITH_ERRORS);

        scenario.approveLabTest(f);
        ClaimService.Outcome outcome = claims.reassess(lk, "Đã bổ sung DVKT vào danh mục");
        assertThat(outcome.created()).as("same documents: the held version itself is queued").isFalse();
        assertThat(outcome.claim().status()).isEqualTo(ClaimStatus.QUEUED);
        assertThat(store.findings(held.id())).noneMatch(x -> x.severity() == vn.his.export.assessment.Severity.ERROR);
        assertThat(queue.of(lk, SubmissionKind.DOSSIER)).singleElement()
                .extracting(OutgoingDocument::claimVersion).isEqualTo(1);
        assertThat(claims.worklist(List.of(scenario.code(f)), ClaimStatus.HELD_WITH_ERRORS, 100)).isEmpty();
        assertThatThrownBy(() -> claims.reassess(lk, "again")).isInstanceOf(DomainException.class);
    }

    @Test
    void theFirstCostAfterTheAdmissionOrderQueuesASecondCheckIn() {
        Facility f = scenario.facility();
        Patient p = scenario.patient("Vũ Thị Hạnh");
        long id = scenario.open(f, p, scenario.card(p, f, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                false, ARRIVAL);
        String lk = maLk(id);
        scenario.admitWithBedDay(id, ARRIVAL);
        List<OutgoingDocument> checkIns = queue.of(lk, SubmissionKind.CHECK_IN);
        assertThat(checkIns).hasSize(2);
        var ward = TableReader.rows(checkIns.get(1).unsignedXml()).get(0);
        assertThat(ward).containsEntry("NGAY_VAO_NOI_TRU", "202611200830").containsEntry("MA_LOAI_KCB", "03")
                .containsEntry("MA_DICH_VU", "K03.1930").containsEntry("LY_DO_VNT", "Viêm phổi");
        assertThat(TableReader.rows(checkIns.get(0).unsignedXml()).get(0)).containsEntry("NGAY_VAO_NOI_TRU", "");
    }

    @Test
    void anExpiredCardHoldsTheClaimAndAnEmergencyHasNoCheckIn() {
        Facility f = scenario.facility();
        scenario.approveLabTest(f);
        Patient p = scenario.patient("Phạm Văn Đức");
        long id = scenario.open(f, p, scenario.card(p, f, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                true, ARRIVAL);
        String lk = maLk(id);
        scenario.recordVisit(id, ARRIVAL, false);
        assertThat(queue.of(lk, SubmissionKind.CHECK_IN)).as("emergencies need no check-in").isEmpty();
        scenario.settle(id, 1, null, ARRIVAL.plusHours(3));
        StoredClaim held = store.latest(lk).orElseThrow();
        assertThat(held.status()).isEqualTo(ClaimStatus.HELD_WITH_ERRORS);
        assertThat(store.findings(held.id())).extracting(StoredFinding::ruleId).anyMatch(r -> r.startsWith("CARD"));
        assertThat(queue.of(lk, SubmissionKind.DOSSIER)).isEmpty();
    }
}
