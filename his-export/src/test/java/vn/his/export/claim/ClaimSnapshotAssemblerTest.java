package vn.his.export.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.PricedLine;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.core.common.DomainException;
import vn.his.export.assessment.Assessment;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.envelope.DossierReader;
import vn.his.export.envelope.TableReader;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.FakeCatalogue;
import vn.his.export.testing.Golden;
import vn.his.export.xml.CheckInStatus;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.MedicalRecordSummary;
import vn.his.export.xml.ReferralLetter;
import vn.his.export.xml.ReferralLetterSettings;
import vn.his.export.xml.ReferralOrigin;
import vn.his.export.xml.RevisitAppointment;
import vn.his.export.xml.DrugLine;
import vn.his.export.xml.EncounterSummary;
import vn.his.export.xml.RowFields;
import vn.his.export.xml.ServiceLine;
import vn.his.export.xml.TableDefinition;
import vn.his.export.xml.TableDocument;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Tables;
import vn.his.export.xml.Xml130Writer;

/** Values of a priced, settled encounter land in the right XML 130 fields, and the result passes the assessment. */
class ClaimSnapshotAssemblerTest {

    static final SchemaCatalog CATALOG = SchemaCatalog.loadFromClasspath();
    final ClaimDocuments documents = new ClaimDocuments(CATALOG, new FakeCatalogue());
    final ClaimSnapshotAssembler assembler = new ClaimSnapshotAssembler(CATALOG);
    static final LocalDateTime PAID = ClaimFixtures.ARRIVAL.plusHours(2).plusMinutes(20);

    ClaimSource outpatient() {
        return ClaimFixtures.outpatient("40017261120000001", List.of(ClaimFixtures.card()));
    }

    @Test
    void summaryMoneyComesFromThePricedTotalsAndTheVisitObjectFromBilling() {
        ClaimSource source = outpatient();
        SettledEncounter settled = ClaimFixtures.settled(source, 1, 1, null, PAID);
        ClaimSnapshot snapshot = assembler.assemble(source, settled, 1, null);
        EncounterSummary s = snapshot.summary();
        EncounterTotals t = settled.priced().totals();
        assertThat(s.tTongchiBv()).isEqualTo(t.tTongchiBv());
        assertThat(s.tTongchiBh()).isEqualTo(t.tTongchiBh());
        assertThat(s.tThuoc()).isEqualTo(t.tThuoc()).isEqualByComparingTo("3500.00");
        assertThat(s.tVtyt()).isEqualTo(t.tVtyt()).isEqualByComparingTo("1800.00");
        assertThat(s.tBntt()).isEqualTo(t.tBntt());
        assertThat(s.tBncct()).isEqualTo(t.tBncct());
        assertThat(s.tBhtt()).isEqualTo(t.tTongchiBh().subtract(t.tBncct()));
        assertThat(s.tNguonkhac()).isEqualTo(t.tNguonKhac());
        assertThat(s.tBhttGdv()).isEqualTo(t.tBhttGdv());
        assertThat(s.tTongchiBv()).isEqualByComparingTo(s.tBhtt().add(s.tBncct()).add(s.tBntt()).add(s.tNguonkhac()));
        assertThat(s.maDoituongKcb()).isEqualTo(settled.priced().visitObject().code());
        assertThat(s.ngayTtoan()).isEqualTo("202611200950");
        assertThat(s.namQt()).isEqualTo(2026);
        assertThat(s.thangQt()).isEqualTo(11);
        assertThat(s.ngayVao()).isEqualTo("202611200730");
        assertThat(s.ngayRa()).isEqualTo("202611200930");
        assertThat(s.soNgayDtri()).isZero();
        assertThat(s.maTheBhyt()).isEqualTo("HT3401234567890");
        assertThat(s.gtTheTu()).isEqualTo("20260101");
        assertThat(s.gtTheDen()).isEqualTo("20261231");
        assertThat(s.ngaySinh()).isEqualTo("197005170000");
        assertThat(s.gioiTinh()).isEqualTo("2");
        assertThat(s.maBenhKt()).isEqualTo("R50.9");
        assertThat(s.canNang()).isEqualTo("52.50");
        assertThat(s.maCskcb()).isEqualTo("40017");
        assertThat(snapshot.schemaVersion()).isEqualTo("QD1931");
    }

    @Test
    void lineMoneyIsThePricedLineNeverRepriced() {
        ClaimSource source = outpatient();
        SettledEncounter settled = ClaimFixtures.settled(source, 1, 1, null, PAID);
        ClaimSnapshot snapshot = assembler.assemble(source, settled, 1, null);
        PricedLine pricedDrug = settled.priced().lines().stream().filter(l -> l.lineId().equals("3")).findFirst().orElseThrow();
        DrugLine drug = snapshot.drugs().get(0);
        assertThat(drug.stt()).isEqualTo(1);
        assertThat(drug.maThuoc()).isEqualTo("40.48");
        assertThat(drug.thanhTienBv()).isEqualTo(pricedDrug.amounts().thanhTienBv());
        assertThat(drug.thanhTienBh()).isEqualTo(pricedDrug.amounts().thanhTienBh());
        assertThat(drug.tBhtt()).isEqualTo(pricedDrug.amounts().tBhtt());
        assertThat(drug.tBncct()).isEqualTo(pricedDrug.amounts().tBncct());
        assertThat(drug.tBntt()).isEqualTo(pricedDrug.amounts().tBntt());
        assertThat(drug.mucHuong()).isEqualTo(pricedDrug.mucHuong());
        assertThat(drug.ngayYl()).isEqualTo("202611200900");
        assertThat(drug.ttThau()).isEqualTo("1234/QĐ-SYT;G1;N1;2025");
        // XML3 in line order: exam, lab, supply; the supply carries its code in MA_VAT_TU
        assertThat(snapshot.services()).extracting(ServiceLine::stt).containsExactly(1, 2, 3);
        assertThat(snapshot.services()).extracting(ServiceLine::maNhom).containsExactly("13", "1", "10");
        ServiceLine supply = snapshot.services().get(2);
        assertThat(supply.maVatTu()).isEqualTo("N03.03.010.0079.292.0001");
        assertThat(supply.maDichVu()).isNull();
        ServiceLine lab = snapshot.services().get(1);
        assertThat(lab.nguoiThucHien()).isEqualTo(ClaimFixtures.CCHN);
        assertThat(lab.ngayKq()).isEqualTo("202611200840");
        assertThat(lab.maBenh()).isEqualTo("J02.9");
        // a changed price in the source does not change the claim's money: the settled version is what counts
        PricedLine pricedExam = settled.priced().lines().get(0);
        assertThat(snapshot.services().get(0).thanhTienBv()).isEqualTo(pricedExam.amounts().thanhTienBv());
    }

    @Test
    void aCleanEncounterPassesTheAssessmentSoXml1EqualsTheSumOfItsLines() {
        ClaimSource source = outpatient();
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null);
        Assessment assessment = documents.assess(snapshot);
        assertThat(assessment.errors()).isEmpty();
        assertThat(assessment.sendable()).isTrue();
    }

    @Test
    void unpaidHasNoPaymentTimeAndThePaymentOverrideIsWritten() {
        ClaimSource source = outpatient();
        SettledEncounter unpaid = ClaimFixtures.settled(source, 1, 1, null, null);
        assertThat(assembler.assemble(source, unpaid, 1, null).summary().ngayTtoan()).isNull();
        assertThat(assembler.assemble(source, unpaid, 2, LocalDateTime.of(2026, 12, 2, 14, 5)).summary())
                .extracting(EncounterSummary::ngayTtoan, EncounterSummary::thangQt)
                .containsExactly("202612021405", 12);
    }

    @Test
    void checkInRowIsTheFirstCostAndEmergenciesHaveNone() {
        ClaimSource source = outpatient();
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null);
        CheckInStatus checkIn = snapshot.checkIn();
        assertThat(checkIn.maDichVu()).isEqualTo("02.1896");
        assertThat(checkIn.tenDichVu()).isEqualTo("Khám Nội");
        assertThat(checkIn.ngayYl()).isEqualTo("202611200740");
        assertThat(checkIn.maTheBhyt()).isEqualTo("HT3401234567890");
        assertThat(checkIn.stt()).isEqualTo(1);
        assertThat(checkIn.ngayVaoNoiTru()).isNull();

        CheckInStatus drugFirst = new CheckInAssembler().assemble(source, 3, "1.1", 1);
        assertThat(drugFirst.maThuoc()).isEqualTo("40.48");
        assertThat(drugFirst.maDichVu()).isNull();
        assertThat(drugFirst.maDoituongKcb()).isEqualTo("1.1");
    }

    @Test
    void checkInAtTheFirstCostInTheWardCarriesTheAdmission() {
        ClaimSource source = ClaimFixtures.inpatient("40017261120000009");
        CheckInStatus ward = new CheckInAssembler().assemble(source, 2, null, 1);
        assertThat(ward.ngayVaoNoiTru()).isEqualTo("202611200830");
        assertThat(ward.lyDoVnt()).isEqualTo("Viêm phổi cần điều trị nội trú");
        assertThat(ward.maDichVu()).isEqualTo("K03.1930");
        assertThat(ward.maLoaiKcb()).isEqualTo("03");
        CheckInStatus first = new CheckInAssembler().assemble(source, 1, null, 1);
        assertThat(first.ngayVaoNoiTru()).isNull();
        assertThat(first.lyDoVnt()).isNull();
    }

    @Test
    void severalCardsAreListedInOrder() {
        ClaimSource source = ClaimFixtures.outpatient("40017261120000002", List.of(
                ClaimFixtures.card("HT3401234567890", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 20)),
                ClaimFixtures.card("HT2401234567890", LocalDate.of(2026, 11, 21), LocalDate.of(2027, 11, 20))));
        EncounterSummary s = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null).summary();
        assertThat(s.maTheBhyt()).isEqualTo("HT3401234567890;HT2401234567890");
        assertThat(s.maDkbd()).isEqualTo("40017;40017");
        assertThat(s.gtTheTu()).isEqualTo("20260101;20261121");
        assertThat(s.gtTheDen()).isEqualTo("20261120;20271120");
    }

    @Test
    void inpatientGetsDischargeCertificateProgressNotesAndStayDays() {
        ClaimSource source = ClaimFixtures.inpatient("40017261120000003");
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID.plusDays(2)),
                1, null);
        assertThat(snapshot.summary().soNgayDtri()).isEqualTo(3);
        assertThat(snapshot.summary().ngayVaoNoiTru()).isEqualTo("202611200830");
        assertThat(snapshot.progressNotes()).hasSize(1);
        assertThat(snapshot.discharge()).isNotNull();
        assertThat(snapshot.discharge().maBs()).isEqualTo(ClaimFixtures.CCHN);
        assertThat(snapshot.discharge().tenBs()).isEqualTo("Nguyễn Văn Bình");
        assertThat(snapshot.discharge().ngayCt()).isEqualTo("20261122");
        assertThat(documents.assess(snapshot).errors()).isEmpty();
        // outpatient visits carry no progress notes table (Bảng 5 note)
        ClaimSource out = outpatient();
        assertThat(assembler.assemble(out, ClaimFixtures.settled(out, 1, 1, null, PAID), 1, null).progressNotes()).isEmpty();
    }

    @Test
    void aStayWithItsRecordSummaryGetsXml8WithTheDatesAndResultOfXml1() {
        ClaimSource source = ClaimFixtures.inpatient("40017261120000005")
                .withPapers(ClaimFixtures.recordSummary(LocalDate.of(2026, 11, 22)), null, null);
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID.plusDays(2)),
                1, null);
        MedicalRecordSummary xml8 = snapshot.recordSummary();
        assertThat(xml8).isNotNull();
        assertThat(xml8.maLoaiKcb()).isEqualTo("03");
        assertThat(xml8.ngayVao()).isEqualTo(snapshot.summary().ngayVao());
        assertThat(xml8.ngayRa()).isEqualTo(snapshot.summary().ngayRa()).isEqualTo("202611220730");
        assertThat(xml8.chanDoanVao()).isEqualTo("Theo dõi viêm họng");
        assertThat(xml8.qtBenhly()).startsWith("Ho, sốt 38,5 độ");
        assertThat(xml8.tomtatKq()).isEqualTo("X-quang: đám mờ đáy phổi phải");
        assertThat(xml8.ppDieutri()).isEqualTo("Kháng sinh đường uống, hạ sốt");
        assertThat(xml8.donVi()).isEqualTo("Công ty May Nghệ An");
        assertThat(xml8.ketQuaDtri()).isEqualTo("1");
        assertThat(xml8.maTtdv()).isEqualTo("0112345678");
        assertThat(xml8.ngayCt()).isEqualTo("20261122");
        assertThat(xml8.ngaySinhcon()).isNull();
        assertThat(snapshot.referral()).isNull();
        assertThat(snapshot.revisit()).isNull();
        assertThat(documents.assess(snapshot).findings()).isEmpty();
    }

    @Test
    void aTransferWithItsLetterGetsXml13AndWithoutItOnlyAWarning() {
        ClaimSource letterless = ClaimFixtures.transferred("40017261120000006");
        ClaimSnapshot without = assembler.assemble(letterless, ClaimFixtures.settled(letterless, 1, 1, null, PAID),
                1, null);
        assertThat(without.referral()).isNull();
        assertThat(documents.assess(without).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("REFERRAL_LETTER_MISSING"));

        ClaimSource source = letterless.withPapers(null, ClaimFixtures.referralLetter(), null);
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null);
        ReferralLetter xml13 = snapshot.referral();
        assertThat(xml13).isNotNull();
        assertThat(xml13.soHoso()).isEqualTo("HS-0001");
        assertThat(xml13.soChuyentuyen()).isEqualTo("15");
        assertThat(xml13.giayChuyenTuyen()).isEqualTo("CT-2026-000015");
        assertThat(xml13.maCskcb()).isEqualTo("40017");
        assertThat(xml13.maCskcbDi()).isNull();
        assertThat(xml13.maCskcbDen()).isEqualTo("40001").isEqualTo(snapshot.summary().maNoiDen());
        assertThat(xml13.hoTen()).isEqualTo(snapshot.summary().hoTen());
        assertThat(xml13.maTheBhyt()).isEqualTo(snapshot.summary().maTheBhyt());
        assertThat(xml13.ngayRa()).isEqualTo(snapshot.summary().ngayRa());
        assertThat(xml13.ppDieutri()).isEqualTo("Điều trị nội khoa");
        assertThat(xml13.tinhTrangCt()).isEqualTo("Tỉnh, mạch 96 lần/phút, SpO2 95%");
        assertThat(xml13.maLoaiRv()).isEqualTo("2");
        assertThat(xml13.maLydoCt()).isEqualTo("2");
        assertThat(xml13.hotenNguoiHt()).isEqualTo("Lê Thị Hộ");
        assertThat(xml13.maBacSi()).isEqualTo(ClaimFixtures.CCHN);
        assertThat(documents.assess(snapshot).findings()).isEmpty();
        assertThat(documents.render(snapshot)).extracting(TableDocument::loaiHoSo)
                .containsExactly("XML0", "XML1", "XML2", "XML3", "XML4", "XML13");
    }

    /** A transfer whose patient had arrived with a referral from facility 40005 (XML1 MA_NOI_DI). */
    static ClaimSource referredInAndTransferred(String maLk) {
        ClaimSource s = ClaimFixtures.transferred(maLk).withPapers(null, ClaimFixtures.referralLetter(), null);
        return new ClaimSource(s.encounterId(), s.maLk(), s.facilityCode(), s.facilityHeadId(), s.encounterType(),
                s.arrivalTime(), s.inpatientOrderTime(), s.dischargeTime(), s.visitReason(), s.admissionReason(),
                s.admissionReasonCode(), s.emergency(), "GCT-40005-0042", "40005", s.referredTo(), s.accidentCode(),
                s.diagnosisIn(), s.diagnosisOut(), s.mainIcd10(), s.secondaryIcd10(), s.traditionalCodes(),
                s.procedureIcd9(), s.departmentCodes(), s.treatmentResult(), s.dischargeType(), s.treatmentMethod(),
                s.doctorAdvice(), s.revisitDates(), s.weightKg(), s.newbornWeights(), s.recordNo(),
                s.visitObjectProvisional(), s.patientCode(), s.patient(), s.cards(), s.lines(), s.results(),
                s.notes(), s.practitioners(), s.recordSummary(), s.referral(), s.revisit());
    }

    @Test
    void xml13MaCskcbDiIsXml1MaNoiDiUnconfiguredAndUnderThePlaceOfOriginReading() {
        ClaimSource source = referredInAndTransferred("40017261120000009");
        SettledEncounter settled = ClaimFixtures.settled(source, 1, 1, null, PAID);
        ClaimSnapshot unconfigured = assembler.assemble(source, settled, 1, null);
        ClaimSnapshot configured = new ClaimSnapshotAssembler(CATALOG,
                ReferralLetterSettings.configured(ReferralOrigin.PLACE_OF_ORIGIN)).assemble(source, settled, 1, null);
        assertThat(unconfigured.summary().maNoiDi()).isEqualTo("40005");
        assertThat(unconfigured.referral().maCskcbDi()).isEqualTo("40005");
        assertThat(configured.referral().maCskcbDi()).isEqualTo("40005");
        assertThat(configured).isEqualTo(unconfigured);
    }

    @Test
    void xml13MaCskcbDiIsXml1MaCskcbUnderTheIssuingFacilityReading() {
        ReferralLetterSettings issuing = ReferralLetterSettings.configured(ReferralOrigin.ISSUING_FACILITY);
        ClaimSource source = referredInAndTransferred("40017261120000010");
        ClaimSnapshot snapshot = new ClaimSnapshotAssembler(CATALOG, issuing)
                .assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null);
        assertThat(snapshot.referral().maCskcbDi()).isEqualTo("40017").isEqualTo(snapshot.summary().maCskcb());
        assertThat(snapshot.summary().maNoiDi()).isEqualTo("40005");
        assertThat(new ClaimDocuments(CATALOG, new FakeCatalogue(), issuing).assess(snapshot).findings())
                .noneMatch(f -> f.ruleId().equals("PAPER_DIFFERS_FROM_XML1"));
    }

    @Test
    void theReadingPropertyIsOptionalAndRefusesUnknownValues() {
        assertThat(ReferralLetterSettings.fromProperty("")).isEqualTo(ReferralLetterSettings.unconfigured());
        assertThat(ReferralLetterSettings.fromProperty(null).configured()).isFalse();
        assertThat(ReferralLetterSettings.fromProperty("issuing-facility"))
                .isEqualTo(ReferralLetterSettings.configured(ReferralOrigin.ISSUING_FACILITY));
        assertThat(ReferralLetterSettings.fromProperty(" PLACE_OF_ORIGIN "))
                .isEqualTo(ReferralLetterSettings.configured(ReferralOrigin.PLACE_OF_ORIGIN));
        assertThatThrownBy(() -> ReferralLetterSettings.fromProperty("REFERRING"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("his.export.xml13.ma-cskcb-di");
    }

    @Test
    void aBookedRevisitGetsXml14WithTheVisitObjectOfXml1() {
        ClaimSource source = outpatient().withPapers(null, null,
                ClaimFixtures.revisitBooking(ClaimFixtures.ARRIVAL.plusDays(7).withHour(8).withMinute(0)));
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID), 1, null);
        RevisitAppointment xml14 = snapshot.revisit();
        assertThat(xml14).isNotNull();
        assertThat(xml14.soGiayhenKl()).isEqualTo("HK-2026-000031");
        assertThat(xml14.ngayHenKl()).isEqualTo("202611270800");
        assertThat(xml14.ngayCt()).isEqualTo("20261120");
        assertThat(xml14.maDoituongKcb()).isEqualTo(snapshot.summary().maDoituongKcb()).isNotBlank();
        assertThat(xml14.ngaySinh()).isEqualTo(snapshot.summary().ngaySinh());
        assertThat(xml14.maBenhChinh()).isEqualTo("J02.9");
        assertThat(snapshot.recordSummary()).isNull();
        assertThat(documents.assess(snapshot).findings()).isEmpty();
    }

    /**
     * Golden files of assembled encounters carrying their papers (the hand-built scenarios of {@code GoldenFilesTest}
     * check the writer; these check what the assembler puts in XML8, XML13 and XML14).
     */
    @Test
    void assembledPapersMatchTheirGoldenFiles() {
        ClaimSource stay = ClaimFixtures.inpatient("40017261120000011")
                .withPapers(ClaimFixtures.recordSummary(LocalDate.of(2026, 11, 22)), null,
                        ClaimFixtures.revisitBooking(LocalDateTime.of(2026, 12, 6, 8, 0)));
        ClaimSource transfer = ClaimFixtures.transferred("40017261120000012")
                .withPapers(null, ClaimFixtures.referralLetter(), null);
        Map<String, ClaimSnapshot> cases = Map.of(
                "assembled-inpatient-summary-revisit", assembler.assemble(stay,
                        ClaimFixtures.settled(stay, 1, 1, null, PAID.plusDays(2)), 1, null),
                "assembled-transfer-referral", assembler.assemble(transfer,
                        ClaimFixtures.settled(transfer, 1, 1, null, PAID), 1, null));
        cases.forEach((name, snapshot) -> {
            assertThat(documents.assess(snapshot).findings()).as(name).isEmpty();
            for (TableDocument table : documents.render(snapshot)) {
                if (List.of("XML1", "XML8", "XML13", "XML14").contains(table.loaiHoSo())) {
                    Golden.assertMatches(name + "/" + table.loaiHoSo() + ".xml", table.content());
                }
            }
        });
    }

    @Test
    void aLineTheFundDoesNotPayHasRatioZeroSoItsMoneyFollowsTheFormula() {
        // the same visit without any card: billing prices every line at THANH_TIEN_BH 0.00
        ClaimSource selfPaying = ClaimFixtures.outpatient("40017261120000013", List.of());
        ClaimSnapshot snapshot = assembler.assemble(selfPaying, ClaimFixtures.settled(selfPaying, 1, 1, null, PAID),
                1, null);
        assertThat(snapshot.drugs()).allSatisfy(d -> {
            assertThat(d.thanhTienBh()).isEqualByComparingTo("0");
            assertThat(d.tyleTtBh()).isEqualByComparingTo("0");
        });
        assertThat(snapshot.services()).allSatisfy(l -> {
            assertThat(l.thanhTienBh()).isEqualByComparingTo("0");
            assertThat(l.tyleTtBh()).isEqualByComparingTo("0");
        });
        assertThat(documents.assess(snapshot).findings()).noneMatch(f -> f.ruleId().startsWith("LINE_"));
        // a covered line keeps its ratio
        ClaimSource insured = outpatient();
        assertThat(assembler.assemble(insured, ClaimFixtures.settled(insured, 1, 1, null, PAID), 1, null).drugs())
                .allSatisfy(d -> assertThat(d.tyleTtBh()).isEqualByComparingTo("100"));
    }

    @Test
    void aSettlementWhoseLinesDifferFromTheEncounterIsRefused() {
        ClaimSource source = outpatient();
        SettledEncounter settled = ClaimFixtures.settled(source, 1, 1, null, PAID);
        List<ClaimSource.Line> fewer = source.lines().subList(0, 3);
        ClaimSource changed = ClaimFixtures.source(source.maLk(), "01", source.dischargeTime(), null, source.cards(),
                fewer, source.results(), source.notes());
        assertThatThrownBy(() -> assembler.assemble(changed, settled, 1, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("claim.assemble.linesDiffer");
    }

    @Test
    void everyGeneratedFileReadsBackIndependentlyToTheSnapshotValues() {
        ClaimSource source = ClaimFixtures.inpatient("40017261120000004")
                .withPapers(ClaimFixtures.recordSummary(LocalDate.of(2026, 11, 22)), null,
                        ClaimFixtures.revisitBooking(ClaimFixtures.ARRIVAL.plusDays(30)));
        ClaimSnapshot snapshot = assembler.assemble(source, ClaimFixtures.settled(source, 1, 1, null, PAID.plusDays(2)),
                1, null);
        List<TableDocument> tables = documents.render(snapshot);
        byte[] dossierBytes = documents.dossiers().write(snapshot.facilityCode(), LocalDate.of(2026, 11, 22), tables);
        // the envelope from stored tables is the envelope of the snapshot, byte for byte
        assertThat(dossierBytes).isEqualTo(new DossierEnvelopeWriter(new Xml130Writer(CATALOG, TableRelevance.qd4750()))
                .write(snapshot, LocalDate.of(2026, 11, 22)));
        Dossier dossier = new DossierReader().read(dossierBytes);
        assertThat(dossier.facilityCode()).isEqualTo("40017");
        List<String> present = new ArrayList<>();
        for (TableDefinition table : Xml130Tables.DOSSIER) {
            List<? extends Record> rows = table.rows().apply(snapshot);
            if (rows.isEmpty()) {
                assertThat(dossier.file(table.code())).as(table.code()).isEmpty();
                continue;
            }
            present.add(table.code());
            List<Record> read = new ArrayList<>();
            for (Map<String, String> row : dossier.rows(table.code())) {
                read.add(RowFields.fromText(table.rowType(), row));
            }
            assertThat(read).as(table.code()).isEqualTo(rows);
        }
        assertThat(present).containsExactly("XML1", "XML2", "XML3", "XML5", "XML7", "XML8", "XML14");
        TableDocument xml0 = tables.get(0);
        assertThat(xml0.loaiHoSo()).isEqualTo("XML0");
        assertThat(RowFields.fromText(CheckInStatus.class, TableReader.rows(xml0.content()).get(0)))
                .isEqualTo(snapshot.checkIn());
    }

    @Test
    void renderingTheSameSettledVersionTwiceGivesTheSameBytes() {
        ClaimSource source = outpatient();
        SettledEncounter settled = ClaimFixtures.settled(source, 1, 1, null, PAID);
        List<TableDocument> first = documents.render(assembler.assemble(source, settled, 1, null));
        List<TableDocument> second = documents.render(assembler.assemble(source, settled, 1, null));
        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(TableDocument::loaiHoSo).containsExactly("XML0", "XML1", "XML2", "XML3", "XML4");
    }

    @Test
    void summaryMoneyMapsEveryTotal() {
        EncounterTotals t = ClaimFixtures.price(outpatient()).totals();
        SummaryMoney m = SummaryMoney.of(t);
        assertThat(List.of(m.tThuoc(), m.tVtyt(), m.tTongchiBv(), m.tTongchiBh(), m.tBntt(), m.tBncct(), m.tBhtt(),
                m.tNguonkhac(), m.tBhttGdv())).containsExactly(t.tThuoc(), t.tVtyt(), t.tTongchiBv(), t.tTongchiBh(),
                t.tBntt(), t.tBncct(), t.xml1FormulaBhtt(), t.tNguonKhac(), t.tBhttGdv());
        assertThat(m.tTongchiBv()).isGreaterThan(BigDecimal.ZERO);
    }
}
