package vn.his.export.claim;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.his.billing.pricing.LineTable;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.core.card.CardDetails;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterType;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.ParaclinicalResultDraft;
import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.xml.CheckInStatus;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ClinicalProgressNote;
import vn.his.export.xml.ClinicalTestResult;
import vn.his.export.xml.DischargeCertificate;
import vn.his.export.xml.DrugLine;
import vn.his.export.xml.EncounterSummary;
import vn.his.export.xml.MedicalRecordSummary;
import vn.his.export.xml.ReferralLetter;
import vn.his.export.xml.ReferralLetterSettings;
import vn.his.export.xml.RevisitAppointment;
import vn.his.export.xml.ServiceLine;
import vn.his.export.xml.TableRelevance;

/**
 * Assembles the claim snapshot of one settled encounter (pure; no Spring, no database): XML0 (the check-in row of
 * the first cost), XML1, XML2, XML3, XML4, XML5, XML7, XML8, XML13 and XML14, with codes and times as QĐ 4750 (and
 * QĐ 3176 for XML13) writes them.
 *
 * <ul>
 *   <li>Money of XML1, XML2 and XML3 comes only from the frozen {@link PricedEncounter} of the settled version
 *       (line by line through the pricing line id = order line number; XML1 through {@link SummaryMoney}); nothing is
 *       re-priced. MA_DOITUONG_KCB is the visit object billing decided; MUC_HUONG, PHAM_VI, TYLE_TT_BH, TYLE_TT_DV,
 *       SO_LUONG and the unit prices are those of the priced lines.</li>
 *   <li>NGAY_TTOAN is the payment time (empty while discharged unpaid, QĐ 4750 Bảng 1); NAM_QT/THANG_QT are the year
 *       and month of the payment, or of the settlement while unpaid.</li>
 *   <li>NGAY_RA of MA_LOAI_KCB 02, 05, 07 is the last day at 2359 (Bảng 1 note); SO_NGAY_DTRI is 0 for 01, 07, 09
 *       and other types, (NGAY_RA − NGAY_VAO) + 1 for 02, 03, 04, 05, 06 (for 05 the drug days are not recorded,
 *       the stay is used), and the number of days with a service for 08.</li>
 *   <li>XML5 only for the treatment types of the Bảng 5 note; XML7 for inpatient kinds (03, 04, 09) once
 *       discharged. XML8, XML13 and XML14 only when the encounter carries the paper (record summary of a stay,
 *       referral letter of a transfer, re-visit appointment; a dossier holds only the tables that apply, QĐ 130 Đ3
 *       k2 and the notes under Bảng 8, 13, 14): the clinician's texts and paper numbers come from the paper, every
 *       field the appendix says to take "from Bảng 1" is the very value written in XML1, so the two cannot
 *       differ.</li>
 *   <li>The schema version is the one in force on the discharge date.</li>
 * </ul>
 */
public final class ClaimSnapshotAssembler {

    private static final Set<String> ZERO_DAY_TYPES = Set.of("01", "07", "09");
    private static final Set<String> STAY_DAY_TYPES = Set.of("02", "03", "04", "05", "06");
    private static final Set<String> END_OF_DAY_TYPES = Set.of("02", "05", "07");

    private final SchemaCatalog catalog;
    private final ReferralLetterSettings referralLetters;
    private final CheckInAssembler checkIns = new CheckInAssembler();

    /** XML13 with the reading of MA_CSKCB_DI left unconfigured (XML1 MA_NOI_DI). */
    public ClaimSnapshotAssembler(SchemaCatalog catalog) {
        this(catalog, ReferralLetterSettings.unconfigured());
    }

    public ClaimSnapshotAssembler(SchemaCatalog catalog, ReferralLetterSettings referralLetters) {
        this.catalog = catalog;
        this.referralLetters = referralLetters;
    }

    /**
     * @param claimVersion the claim version this snapshot becomes (1..n)
     * @param paidAt       the payment time to write as NGAY_TTOAN; {@code null} takes the settled version's payment
     */
    public ClaimSnapshot assemble(ClaimSource source, SettledEncounter settled, int claimVersion, LocalDateTime paidAt) {
        if (source.dischargeTime() == null) {
            throw new DomainException("claim.assemble.notDischarged", source.maLk());
        }
        if (!source.maLk().equals(settled.maLk())) {
            throw new DomainException("claim.assemble.otherEncounter", source.maLk(), settled.maLk());
        }
        PricedEncounter priced = settled.priced();
        LocalDateTime payment = paidAt != null ? paidAt : settled.paymentTime().orElse(null);
        String schema = catalog.versionOn(source.dischargeTime().toLocalDate()).id();
        Map<String, PricedLine> pricedById = pricedLines(source, priced);

        List<DrugLine> drugs = new ArrayList<>();
        List<ServiceLine> services = new ArrayList<>();
        for (ClaimSource.Line line : source.lines()) {
            PricedLine p = pricedById.get(line.lineId());
            if (p.table() == LineTable.DRUG) {
                drugs.add(drugLine(source, line.draft(), p, drugs.size() + 1));
            } else {
                services.add(serviceLine(source, line.draft(), p, services.size() + 1));
            }
        }
        EncounterSummary summary = summary(source, settled, payment, services);
        List<ClinicalTestResult> results = new ArrayList<>();
        for (ParaclinicalResultDraft r : source.results()) {
            results.add(Row.of(ClinicalTestResult.class)
                    .set("MA_LK", source.maLk()).set("STT", results.size() + 1)
                    .set("MA_DICH_VU", r.serviceCode()).set("MA_CHI_SO", r.indexCode()).set("TEN_CHI_SO", r.indexName())
                    .set("GIA_TRI", r.value()).set("DON_VI_DO", r.unit()).set("MO_TA", r.description())
                    .set("KET_LUAN", r.conclusion()).set("NGAY_KQ", XmlTime.minute(r.resultTime()))
                    .set("MA_BS_DOC_KQ", r.readerId()).build());
        }
        List<ClinicalProgressNote> notes = new ArrayList<>();
        if (TableRelevance.QD4750_PROGRESS_NOTE_TYPES.contains(source.encounterType())) {
            source.notes().forEach(n -> notes.add(Row.of(ClinicalProgressNote.class)
                    .set("MA_LK", source.maLk()).set("STT", notes.size() + 1)
                    .set("DIEN_BIEN_LS", n.progress()).set("GIAI_DOAN_BENH", n.diseaseStage())
                    .set("HOI_CHAN", n.consultation()).set("PHAU_THUAT", n.surgery())
                    .set("THOI_DIEM_DBLS", XmlTime.minute(n.notedAt())).set("NGUOI_THUC_HIEN", n.recordedBy())
                    .build()));
        }
        CheckInStatus checkIn = null;
        if (!source.emergency() && !source.lines().isEmpty()) {
            String visitObject = source.visitObjectProvisional() != null ? source.visitObjectProvisional()
                    : priced.visitObject().code();
            checkIn = checkIns.assemble(source, firstCost(source).lineNo(), visitObject, 1);
        }
        return new ClaimSnapshot(source.maLk(), source.facilityCode(), claimVersion, schema, checkIn, summary, drugs,
                services, results, notes, discharge(source), recordSummary(source, summary),
                referral(source, summary), revisit(source, summary));
    }

    /** The line of the first cost: earliest order time, then lowest line number. */
    static ClaimSource.Line firstCost(ClaimSource source) {
        return source.lines().stream()
                .min(java.util.Comparator.comparing((ClaimSource.Line l) -> l.draft().orderTime())
                        .thenComparingInt(ClaimSource.Line::lineNo))
                .orElseThrow();
    }

    private static Map<String, PricedLine> pricedLines(ClaimSource source, PricedEncounter priced) {
        Map<String, PricedLine> byId = new HashMap<>();
        for (PricedLine p : priced.lines()) {
            if (byId.put(p.lineId(), p) != null) {
                throw new DomainException("claim.assemble.pricedLineTwice", source.maLk(), p.lineId());
            }
        }
        Set<String> expected = source.lines().stream().map(ClaimSource.Line::lineId)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!expected.equals(new TreeSet<>(byId.keySet()))) {
            throw new DomainException("claim.assemble.linesDiffer", source.maLk(), expected, new TreeSet<>(byId.keySet()));
        }
        for (ClaimSource.Line line : source.lines()) {
            boolean drugTable = byId.get(line.lineId()).table() == LineTable.DRUG;
            if (drugTable != line.draft().kind().isDrugTable()) {
                throw new DomainException("claim.assemble.tableDiffers", source.maLk(), line.lineNo());
            }
        }
        return byId;
    }

    private EncounterSummary summary(ClaimSource s, SettledEncounter settled, LocalDateTime payment,
                                     List<ServiceLine> services) {
        PricedEncounter priced = settled.priced();
        SummaryMoney money = SummaryMoney.of(priced.totals());
        List<CardDetails> cards = s.cards();
        LocalDateTime settlementMonth = payment != null ? payment : settled.settledAt();
        return Row.of(EncounterSummary.class)
                .set("MA_LK", s.maLk()).set("STT", 1).set("MA_BN", s.patientCode())
                .set("HO_TEN", s.patient().fullName()).set("SO_CCCD", s.patient().citizenId())
                .set("NGAY_SINH", s.patient().birthDate().toXmlValue())
                .set("GIOI_TINH", String.valueOf(s.patient().gender().code()))
                .set("NHOM_MAU", s.patient().bloodGroup())
                .set("MA_QUOCTICH", s.patient().nationalityCode()).set("MA_DANTOC", s.patient().ethnicityCode())
                .set("MA_NGHE_NGHIEP", s.patient().occupationCode()).set("DIA_CHI", s.patient().address())
                .set("MATINH_CU_TRU", s.patient().provinceCode()).set("MAHUYEN_CU_TRU", s.patient().districtCode())
                .set("MAXA_CU_TRU", s.patient().communeCode()).set("DIEN_THOAI", s.patient().phone())
                // several cards in one episode: each field lists them in the order presented, ';'-separated
                .set("MA_THE_BHYT", joined(cards, c -> c.number().value()))
                .set("MA_DKBD", joined(cards, CardDetails::registeredFacility))
                .set("GT_THE_TU", joined(cards, c -> XmlTime.day(c.validFrom())))
                .set("GT_THE_DEN", joined(cards, c -> XmlTime.day(c.validTo())))
                .set("NGAY_MIEN_CCT", exemptionStart(cards, priced.coPaymentExemptFrom()))
                .set("LY_DO_VV", s.visitReason()).set("LY_DO_VNT", s.admissionReason())
                .set("MA_LY_DO_VNT", s.admissionReasonCode())
                .set("CHAN_DOAN_VAO", s.diagnosisIn()).set("CHAN_DOAN_RV", s.diagnosisOut())
                .set("MA_BENH_CHINH", s.mainIcd10())
                .set("MA_BENH_KT", s.secondaryIcd10().isEmpty() ? null : String.join(";", s.secondaryIcd10()))
                .set("MA_BENH_YHCT", s.traditionalCodes()).set("MA_PTTT_QT", s.procedureIcd9())
                .set("MA_DOITUONG_KCB", priced.visitObject().code())
                .set("MA_NOI_DI", s.referredFrom()).set("MA_NOI_DEN", s.referredTo())
                .set("MA_TAI_NAN", s.accidentCode())
                .set("NGAY_VAO", XmlTime.minute(s.arrivalTime()))
                .set("NGAY_VAO_NOI_TRU", XmlTime.minute(s.inpatientOrderTime()))
                .set("NGAY_RA", dischargeText(s))
                .set("GIAY_CHUYEN_TUYEN", s.referralPaperNo())
                .set("SO_NGAY_DTRI", treatmentDays(s, services))
                .set("PP_DIEU_TRI", s.treatmentMethod())
                .set("KET_QUA_DTRI", s.treatmentResult() == null ? null : String.valueOf(s.treatmentResult()))
                .set("MA_LOAI_RV", s.dischargeType() == null ? null : String.valueOf(s.dischargeType()))
                .set("GHI_CHU", s.doctorAdvice())
                .set("NGAY_TTOAN", XmlTime.minute(payment))
                .set("T_THUOC", money.tThuoc()).set("T_VTYT", money.tVtyt())
                .set("T_TONGCHI_BV", money.tTongchiBv()).set("T_TONGCHI_BH", money.tTongchiBh())
                .set("T_BNTT", money.tBntt()).set("T_BNCCT", money.tBncct()).set("T_BHTT", money.tBhtt())
                .set("T_NGUONKHAC", money.tNguonkhac()).set("T_BHTT_GDV", money.tBhttGdv())
                .set("NAM_QT", settlementMonth.getYear()).set("THANG_QT", settlementMonth.getMonthValue())
                .set("MA_LOAI_KCB", s.encounterType()).set("MA_KHOA", s.departmentCodes())
                .set("MA_CSKCB", s.facilityCode())
                .set("MA_KHUVUC", cards.stream().map(CardDetails::livingArea).filter(a -> a != null && !a.isBlank())
                        .findFirst().orElse(null))
                .set("CAN_NANG", s.weightKg() == null ? null
                        : s.weightKg().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .set("CAN_NANG_CON", s.newbornWeights())
                .set("NAM_NAM_LIEN_TUC", cards.stream().map(CardDetails::fiveYearsDate).filter(d -> d != null)
                        .findFirst().map(XmlTime::day).orElse(null))
                .set("NGAY_TAI_KHAM", s.revisitDates())
                .set("MA_HSBA", s.recordNo())
                .set("MA_TTDV", s.facilityHeadId())
                .build();
    }

    private static DrugLine drugLine(ClaimSource s, OrderLineDraft d, PricedLine p, int stt) {
        return Row.of(DrugLine.class)
                .set("MA_LK", s.maLk()).set("STT", stt).set("MA_THUOC", d.itemCode())
                .set("MA_NHOM", String.valueOf(p.costGroup())).set("TEN_THUOC", d.itemName())
                .set("DON_VI_TINH", d.unit()).set("HAM_LUONG", d.strength()).set("DUONG_DUNG", d.routeCode())
                .set("DANG_BAO_CHE", d.dosageForm()).set("LIEU_DUNG", d.dosage()).set("CACH_DUNG", d.usageNote())
                .set("SO_DANG_KY", d.registrationNo()).set("TT_THAU", d.tenderInfo())
                .set("PHAM_VI", String.valueOf(p.scope().code())).set("TYLE_TT_BH", fundRate(p))
                .set("SO_LUONG", p.quantity()).set("DON_GIA", p.hospitalUnitPrice())
                .set("THANH_TIEN_BV", p.amounts().thanhTienBv()).set("THANH_TIEN_BH", p.amounts().thanhTienBh())
                .set("T_NGUONKHAC_NSNN", p.amounts().nguonKhac().nsnn())
                .set("T_NGUONKHAC_VTNN", p.amounts().nguonKhac().vtnn())
                .set("T_NGUONKHAC_VTTN", p.amounts().nguonKhac().vttn())
                .set("T_NGUONKHAC_CL", p.amounts().nguonKhac().cl())
                .set("T_NGUONKHAC", p.amounts().tNguonKhac()).set("MUC_HUONG", p.mucHuong())
                .set("T_BNTT", p.amounts().tBntt()).set("T_BNCCT", p.amounts().tBncct())
                .set("T_BHTT", p.amounts().tBhtt())
                .set("MA_KHOA", d.departmentCode()).set("MA_BAC_SI", d.orderingCchn())
                // MA_DICH_VU of XML2: the service the drug was used in, when the line names one other than itself
                .set("MA_DICH_VU", d.serviceCode() != null && !d.serviceCode().equals(d.itemCode()) ? d.serviceCode() : null)
                .set("NGAY_YL", XmlTime.minute(d.orderTime())).set("NGAY_TH_YL", XmlTime.minute(d.executionTime()))
                .set("MA_PTTT", String.valueOf(p.paymentMethod()))
                .set("NGUON_CTRA", d.fundingSource() == null ? null : String.valueOf(d.fundingSource()))
                .build();
    }

    private static ServiceLine serviceLine(ClaimSource s, OrderLineDraft d, PricedLine p, int stt) {
        Row<ServiceLine> row = Row.of(ServiceLine.class);
        if (d.kind() == OrderKind.SUPPLY) {
            // a supply billed with a service: the service code in MA_DICH_VU (with its name), the supply in MA_VAT_TU
            row.set("MA_VAT_TU", d.supplyCode() != null ? d.supplyCode() : d.itemCode()).set("TEN_VAT_TU", d.itemName());
            if (d.serviceCode() != null) {
                row.set("MA_DICH_VU", d.serviceCode()).set("TEN_DICH_VU", serviceName(s, d.serviceCode()));
            }
        } else {
            row.set("MA_DICH_VU", d.serviceCode() != null ? d.serviceCode() : d.itemCode()).set("TEN_DICH_VU", d.itemName());
        }
        return row
                .set("MA_LK", s.maLk()).set("STT", stt).set("MA_PTTT_QT", d.icd9())
                .set("MA_NHOM", String.valueOf(p.costGroup())).set("GOI_VTYT", p.supplyPackage())
                .set("MA_XANG_DAU", d.fuelCode()).set("DON_VI_TINH", d.unit())
                .set("PHAM_VI", String.valueOf(p.scope().code())).set("SO_LUONG", p.quantity())
                .set("DON_GIA_BV", p.hospitalUnitPrice()).set("DON_GIA_BH", p.fundUnitPrice())
                .set("TT_THAU", d.tenderInfo()).set("TYLE_TT_DV", p.serviceRatePercent())
                .set("TYLE_TT_BH", fundRate(p))
                .set("THANH_TIEN_BV", p.amounts().thanhTienBv()).set("THANH_TIEN_BH", p.amounts().thanhTienBh())
                .set("T_TRANTT", p.supplyCeiling()).set("MUC_HUONG", p.mucHuong())
                .set("T_NGUONKHAC_NSNN", p.amounts().nguonKhac().nsnn())
                .set("T_NGUONKHAC_VTNN", p.amounts().nguonKhac().vtnn())
                .set("T_NGUONKHAC_VTTN", p.amounts().nguonKhac().vttn())
                .set("T_NGUONKHAC_CL", p.amounts().nguonKhac().cl())
                .set("T_NGUONKHAC", p.amounts().tNguonKhac())
                .set("T_BNTT", p.amounts().tBntt()).set("T_BNCCT", p.amounts().tBncct())
                .set("T_BHTT", p.amounts().tBhtt())
                .set("MA_KHOA", d.departmentCode()).set("MA_GIUONG", d.bedCode())
                .set("MA_BAC_SI", d.orderingCchn()).set("NGUOI_THUC_HIEN", d.performerCchn())
                // MA_BENH: the disease the service was ordered for, else the main disease (gateway: required)
                .set("MA_BENH", d.icd10() != null && !d.icd10().isBlank() ? d.icd10() : s.mainIcd10())
                .set("NGAY_YL", XmlTime.minute(d.orderTime())).set("NGAY_TH_YL", XmlTime.minute(d.executionTime()))
                .set("NGAY_KQ", XmlTime.minute(d.resultTime()))
                .set("MA_PTTT", String.valueOf(p.paymentMethod()))
                .set("PP_VO_CAM", d.anaesthesia() == null ? null : String.valueOf(d.anaesthesia()))
                .set("MA_MAY", d.machineCode())
                .build();
    }

    /**
     * TYLE_TT_BH as written: the line's BHYT payment ratio, or 0 when the fund pays nothing for a line that costs
     * something (no valid card that day, outside the BHYT list, armed-forces line paid from another source), so
     * THANH_TIEN_BH = SO_LUONG × DON_GIA(_BH) × TYLE_TT_BH / 100 holds as QĐ 4750 Bảng 2 and Bảng 3 write it; a
     * ratio of 100 with THANH_TIEN_BH 0.00 contradicts the formula and the gateway refuses the line.
     */
    static java.math.BigDecimal fundRate(PricedLine p) {
        boolean unpaidByFund = p.amounts().thanhTienBh().signum() == 0 && p.amounts().thanhTienBv().signum() > 0;
        return unpaidByFund ? java.math.BigDecimal.ZERO.setScale(p.fundRatePercent().scale(), RoundingMode.UNNECESSARY)
                : p.fundRatePercent();
    }

    private static String serviceName(ClaimSource s, String serviceCode) {
        return s.lines().stream().map(ClaimSource.Line::draft)
                .filter(l -> l.kind() != OrderKind.SUPPLY && serviceCode.equals(l.serviceCode() != null ? l.serviceCode() : l.itemCode()))
                .map(OrderLineDraft::itemName).findFirst().orElse(null);
    }

    private DischargeCertificate discharge(ClaimSource s) {
        if (!EncounterType.isInpatient(s.encounterType())) {
            return null;
        }
        ClaimSource.Line last = s.lines().stream()
                .max(java.util.Comparator.comparing((ClaimSource.Line l) -> l.draft().orderTime())
                        .thenComparingInt(ClaimSource.Line::lineNo))
                .orElse(null);
        String doctor = last == null ? null : last.draft().orderingCchn();
        String[] departments = s.departmentCodes() == null ? new String[0] : s.departmentCodes().split(";");
        return Row.of(DischargeCertificate.class)
                .set("MA_LK", s.maLk()).set("SO_LUU_TRU", s.recordNo()).set("MA_YTE", s.patientCode())
                .set("MA_KHOA_RV", last != null ? last.draft().departmentCode()
                        : departments.length == 0 ? null : departments[departments.length - 1])
                .set("NGAY_VAO", XmlTime.minute(s.arrivalTime())).set("NGAY_RA", XmlTime.minute(s.dischargeTime()))
                .set("CHAN_DOAN_RV", s.diagnosisOut()).set("PP_DIEUTRI", s.treatmentMethod())
                .set("GHI_CHU", s.doctorAdvice()).set("MA_TTDV", s.facilityHeadId())
                .set("MA_BS", doctor).set("TEN_BS", doctor == null ? null : s.practitioners().get(doctor))
                .set("NGAY_CT", XmlTime.day(s.dischargeTime().toLocalDate()))
                .build();
    }

    /** XML8 from the record summary of the stay; dates, diagnoses and the result as in XML1. */
    private static MedicalRecordSummary recordSummary(ClaimSource s, EncounterSummary xml1) {
        RecordSummary paper = s.recordSummary();
        if (paper == null) {
            return null;
        }
        return Row.of(MedicalRecordSummary.class)
                .set("MA_LK", s.maLk()).set("MA_LOAI_KCB", xml1.maLoaiKcb())
                .set("HO_TEN_CHA", paper.fatherName()).set("HO_TEN_ME", paper.motherName())
                .set("NGUOI_GIAM_HO", paper.guardianName()).set("DON_VI", paper.employer())
                .set("NGAY_VAO", xml1.ngayVao()).set("NGAY_RA", xml1.ngayRa())
                .set("CHAN_DOAN_VAO", xml1.chanDoanVao()).set("CHAN_DOAN_RV", xml1.chanDoanRv())
                .set("QT_BENHLY", paper.pathology()).set("TOMTAT_KQ", paper.resultsSummary())
                .set("PP_DIEUTRI", paper.treatmentMethod())
                .set("NGAY_SINHCON", paper.childBirthDate() == null ? null : XmlTime.day(paper.childBirthDate()))
                .set("NGAY_CONCHET", paper.childDeathDate() == null ? null : XmlTime.day(paper.childDeathDate()))
                .set("SO_CONCHET", paper.childrenDead())
                .set("KET_QUA_DTRI", xml1.ketQuaDtri()).set("GHI_CHU", paper.note())
                .set("MA_TTDV", xml1.maTtdv()).set("NGAY_CT", XmlTime.day(paper.issuedOn()))
                .build();
    }

    /**
     * XML13 in the QĐ 3176 form: MA_CSKCB_DEN is XML1 MA_NOI_DEN; patient, card, dates, diagnoses, PP_DIEUTRI and
     * MA_LOAI_RV as in XML1 (Bảng 13 "sử dụng thông tin tại trường … trong Bảng 1"). MA_CSKCB_DI (QĐ 3176 Bảng 13,
     * replacing MA_NOI_DI) is configurable because its meaning is [S] — the 3176 appendix was not read and public
     * implementations write either XML1 MA_NOI_DI (the default here) or the issuing facility, XML1 MA_CSKCB
     * ({@code his.export.xml13.ma-cskcb-di}, {@link ReferralLetterSettings}).
     */
    private ReferralLetter referral(ClaimSource s, EncounterSummary xml1) {
        Referral paper = s.referral();
        if (paper == null) {
            return null;
        }
        return Row.of(ReferralLetter.class)
                .set("MA_LK", s.maLk()).set("SO_HOSO", paper.dossierNo()).set("SO_CHUYENTUYEN", paper.bookNo())
                .set("GIAY_CHUYEN_TUYEN", paper.letterNo()).set("MA_CSKCB", xml1.maCskcb())
                .set("MA_CSKCB_DI", referralLetters.maCskcbDi().valueFrom(xml1)).set("MA_CSKCB_DEN", xml1.maNoiDen())
                .set("HO_TEN", xml1.hoTen()).set("NGAY_SINH", xml1.ngaySinh()).set("GIOI_TINH", xml1.gioiTinh())
                .set("MA_QUOCTICH", xml1.maQuoctich()).set("MA_DANTOC", xml1.maDantoc())
                .set("MA_NGHE_NGHIEP", xml1.maNgheNghiep()).set("DIA_CHI", xml1.diaChi())
                .set("MA_THE_BHYT", xml1.maTheBhyt()).set("GT_THE_DEN", xml1.gtTheDen())
                .set("NGAY_VAO", xml1.ngayVao()).set("NGAY_VAO_NOI_TRU", xml1.ngayVaoNoiTru())
                .set("NGAY_RA", xml1.ngayRa()).set("DAU_HIEU_LS", paper.clinicalSigns())
                .set("CHAN_DOAN_RV", xml1.chanDoanRv()).set("QT_BENHLY", paper.pathology())
                .set("TOMTAT_KQ", paper.resultsSummary()).set("PP_DIEUTRI", xml1.ppDieuTri())
                .set("MA_BENH_CHINH", xml1.maBenhChinh()).set("MA_BENH_KT", xml1.maBenhKt())
                .set("MA_BENH_YHCT", xml1.maBenhYhct()).set("TINH_TRANG_CT", paper.conditionAtTransfer())
                .set("MA_LOAI_RV", xml1.maLoaiRv()).set("MA_LYDO_CT", String.valueOf(paper.reasonCode()))
                .set("HUONG_DIEU_TRI", paper.treatmentDirection()).set("PHUONGTIEN_VC", paper.transport())
                .set("HOTEN_NGUOI_HT", paper.escortName()).set("CHUCDANH_NGUOI_HT", paper.escortTitle())
                .set("MA_BAC_SI", paper.doctorIds()).set("MA_TTDV", xml1.maTtdv())
                .build();
    }

    /** XML14 from the appointment; patient, card, dates, diagnoses and MA_DOITUONG_KCB as in XML1. */
    private static RevisitAppointment revisit(ClaimSource s, EncounterSummary xml1) {
        RevisitBooking paper = s.revisit();
        if (paper == null) {
            return null;
        }
        return Row.of(RevisitAppointment.class)
                .set("MA_LK", s.maLk()).set("SO_GIAYHEN_KL", paper.paperNo()).set("MA_CSKCB", xml1.maCskcb())
                .set("HO_TEN", xml1.hoTen()).set("NGAY_SINH", xml1.ngaySinh()).set("GIOI_TINH", xml1.gioiTinh())
                .set("DIA_CHI", xml1.diaChi()).set("MA_THE_BHYT", xml1.maTheBhyt())
                .set("GT_THE_DEN", xml1.gtTheDen()).set("NGAY_VAO", xml1.ngayVao())
                .set("NGAY_VAO_NOI_TRU", xml1.ngayVaoNoiTru()).set("NGAY_RA", xml1.ngayRa())
                .set("NGAY_HEN_KL", XmlTime.minute(paper.appointmentTime()))
                .set("CHAN_DOAN_RV", xml1.chanDoanRv()).set("MA_BENH_CHINH", xml1.maBenhChinh())
                .set("MA_BENH_KT", xml1.maBenhKt()).set("MA_BENH_YHCT", xml1.maBenhYhct())
                .set("MA_DOITUONG_KCB", xml1.maDoituongKcb()).set("MA_BAC_SI", paper.doctorIds())
                .set("MA_TTDV", xml1.maTtdv()).set("NGAY_CT", XmlTime.day(paper.issuedOn()))
                .build();
    }

    private static String dischargeText(ClaimSource s) {
        if (END_OF_DAY_TYPES.contains(s.encounterType())) {
            return XmlTime.day(s.dischargeTime().toLocalDate()) + "2359";
        }
        return XmlTime.minute(s.dischargeTime());
    }

    private static Integer treatmentDays(ClaimSource s, List<ServiceLine> services) {
        String type = s.encounterType();
        if (STAY_DAY_TYPES.contains(type)) {
            return (int) ChronoUnit.DAYS.between(s.arrivalTime().toLocalDate(), s.dischargeTime().toLocalDate()) + 1;
        }
        if ("08".equals(type)) {
            return (int) services.stream().map(l -> l.ngayYl().substring(0, 8)).distinct().count();
        }
        return 0;
    }

    /** NGAY_MIEN_CCT: 8 characters when a certificate gave the date, the 12-character time when reached in the stay. */
    private static String exemptionStart(List<CardDetails> cards, LocalDateTime exemptFrom) {
        if (exemptFrom == null) {
            return null;
        }
        LocalDate day = exemptFrom.toLocalDate();
        boolean certificate = exemptFrom.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && cards.stream().anyMatch(c -> day.equals(c.copayExemptFrom()));
        return certificate ? XmlTime.day(day) : XmlTime.minute(exemptFrom);
    }

    private static String joined(List<CardDetails> cards, java.util.function.Function<CardDetails, String> field) {
        if (cards.isEmpty()) {
            return null;
        }
        return cards.stream().map(field).map(v -> v == null ? "" : v).collect(Collectors.joining(";"));
    }

}
