package vn.his.export.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.his.export.xml.CheckInStatus;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ClinicalProgressNote;
import vn.his.export.xml.ClinicalTestResult;
import vn.his.export.xml.DischargeCertificate;
import vn.his.export.xml.DrugLine;
import vn.his.export.xml.EncounterSummary;
import vn.his.export.xml.MedicalRecordSummary;
import vn.his.export.xml.ReferralLetter;
import vn.his.export.xml.RevisitAppointment;
import vn.his.export.xml.ServiceLine;

/**
 * Representative claim snapshots built in code (all values invented): a commune visit, a district outpatient
 * visit with drugs, a provincial inpatient stay with beds, surgery, supplies, lab results, XML7 and XML8, a
 * referral with XML13, an off-route emergency with a re-visit appointment (XML14), and a 100 %-exempt visit.
 * Money is computed with the formulas of QĐ 4750 (2 decimals HALF_UP) so every snapshot passes the assessment.
 */
public final class Scenarios {

    public static final String SCHEMA = "QD1931";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scenarios() {
    }

    public static List<String> names() {
        return List.of("commune-visit", "district-outpatient-drugs", "provincial-inpatient-surgery",
                "referral", "emergency-off-route", "exempt-100");
    }

    public static ClaimSnapshot byName(String name) {
        return switch (name) {
            case "commune-visit" -> communeVisit();
            case "district-outpatient-drugs" -> districtOutpatient();
            case "provincial-inpatient-surgery" -> provincialInpatient();
            case "referral" -> referral();
            case "emergency-off-route" -> emergencyOffRoute();
            case "exempt-100" -> exempt();
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ------------------------------------------------------------------ scenarios

    public static ClaimSnapshot communeVisit() {
        String lk = "TYT01-2026-000123";
        String fac = "01234";
        BigDecimal muc = pct("100");
        List<ServiceLine> services = List.of(exam(lk, 1, fac, "202610050815", muc));
        List<DrugLine> drugs = List.of(drug(lk, 1, "40.30", "Paracetamol 500mg", "Viên", "10", "350", muc, "202610050830"));
        EncounterSummary summary = summary(lk, fac, "01", "202610050800", "202610050900", 0, muc, drugs, services,
                Map.of("MA_DOITUONG_KCB", "1.1", "MA_BENH_CHINH", "J06.9", "CHAN_DOAN_RV", "Viêm đường hô hấp trên cấp"));
        return snapshot(lk, fac, checkIn(lk, fac, "01", "202610050800", "02.1896", "Khám Nội", "202610050815"),
                summary, drugs, services, List.of(), List.of(), null, null, null, null);
    }

    public static ClaimSnapshot districtOutpatient() {
        String lk = "BVH-2026-004567";
        String fac = "01012";
        BigDecimal muc = pct("80");
        List<ServiceLine> services = List.of(exam(lk, 1, fac, "202610060730", muc),
                service(lk, 2, fac, "1", "22.0120.1370", "Tổng phân tích tế bào máu ngoại vi", "1", "46200", "100", muc,
                        "202610060740", Map.of("NGUOI_THUC_HIEN", "000456/HNO-CCHN", "NGAY_TH_YL", "202610060745",
                                "NGAY_KQ", "202610060830", "MA_MAY", "HH.1.01012.1")));
        List<DrugLine> drugs = List.of(
                drug(lk, 1, "40.163", "Amoxicillin 500mg", "Viên", "21", "1250.5", muc, "202610060900"),
                drug(lk, 2, "40.30", "Paracetamol 500mg", "Viên", "10", "350", muc, "202610060900"),
                drug(lk, 3, "40.677", "Omeprazol 20mg", "Viên", "14", "815.333", muc, "202610060900"));
        EncounterSummary summary = summary(lk, fac, "01", "202610060720", "202610060930", 0, muc, drugs, services,
                Map.of("MA_DOITUONG_KCB", "1.2", "MA_BENH_CHINH", "K29.7", "MA_BENH_KT", "J02.9;R50.9",
                        "CHAN_DOAN_RV", "Viêm dạ dày; viêm họng cấp"));
        return snapshot(lk, fac, checkIn(lk, fac, "01", "202610060720", "02.1896", "Khám Nội", "202610060730"),
                summary, drugs, services, List.of(testResult(lk, 1, "22.0120.1370", "Bạch cầu (WBC)", "7.5", "G/L",
                        "202610060830")), List.of(), null, null, null, null);
    }

    public static ClaimSnapshot provincialInpatient() {
        String lk = "BVT-2026-100200";
        String fac = "01001";
        BigDecimal muc = pct("80");
        List<ServiceLine> services = new ArrayList<>();
        services.add(exam(lk, 1, fac, "202610071000", muc));
        services.add(service(lk, 2, fac, "1", "22.0120.1370", "Tổng phân tích tế bào máu ngoại vi", "1", "46200", "100",
                muc, "202610071015", Map.of("NGUOI_THUC_HIEN", "000456/HNO-CCHN", "NGAY_TH_YL", "202610071020",
                        "NGAY_KQ", "202610071100")));
        services.add(service(lk, 3, fac, "8", "10.0355.0573", "Phẫu thuật cắt ruột thừa nội soi", "1", "4500000.5", "100",
                muc, "202610071400", Map.of("NGUOI_THUC_HIEN", "000789/HNO-CCHN;000790/HNO-CCHN",
                        "NGAY_TH_YL", "202610071430", "NGAY_KQ", "202610071600", "PP_VO_CAM", "1",
                        "MA_PTTT_QT", "47.01", "MA_MAY", "PT.1.01001.2")));
        services.add(supply(lk, 4, fac, "10.0355.0573", "N07.01.040", "Dao siêu âm cầm máu", "1", "3200000", muc,
                "202610071400", "G1"));
        services.add(bed(lk, 5, fac, "K19.1906", "Giường Ngoại khoa loại 1", "3", "250000", muc, "202610071600", "H012"));
        List<DrugLine> drugs = List.of(
                drug(lk, 1, "40.488", "Cefazolin 1g", "Lọ", "3", "38500", muc, "202610071330"),
                drug(lk, 2, "40.17", "Oxy dược dụng", "Lít", "120.5", "35", muc, "202610071500"));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("MA_DOITUONG_KCB", "1.3");
        extra.put("MA_BENH_CHINH", "K35.8");
        extra.put("CHAN_DOAN_RV", "Viêm ruột thừa cấp");
        extra.put("NGAY_VAO_NOI_TRU", "202610071130");
        extra.put("LY_DO_VNT", "Đau hố chậu phải, sốt");
        extra.put("MA_PTTT_QT", "47.01");
        extra.put("MA_NOI_DI", "01012");
        extra.put("GIAY_CHUYEN_TUYEN", "CT-2026-00031");
        extra.put("MA_KHOA", "K02;K19");
        extra.put("KET_QUA_DTRI", "1");
        EncounterSummary summary = summary(lk, fac, "03", "202610070950", "202610101000", 4, muc, drugs, services, extra);
        DischargeCertificate discharge = Rows.of(DischargeCertificate.class, m(
                "MA_LK", lk, "SO_LUU_TRU", "LT-2026-5521", "MA_YTE", "YT0098877", "MA_KHOA_RV", "K19",
                "NGAY_VAO", "202610070950", "NGAY_RA", "202610101000", "CHAN_DOAN_RV", "Viêm ruột thừa cấp",
                "PP_DIEUTRI", "Phẫu thuật nội soi cắt ruột thừa", "GHI_CHU", "Tái khám sau 7 ngày",
                "MA_TTDV", "0112345678", "MA_BS", "000789/HNO-CCHN", "TEN_BS", "Nguyễn Văn Bình", "NGAY_CT", "20261010"));
        MedicalRecordSummary recordSummary = Rows.of(MedicalRecordSummary.class, m(
                "MA_LK", lk, "MA_LOAI_KCB", "03", "NGAY_VAO", "202610070950", "NGAY_RA", "202610101000",
                "CHAN_DOAN_VAO", "Theo dõi viêm ruột thừa", "CHAN_DOAN_RV", "Viêm ruột thừa cấp",
                "QT_BENHLY", "Đau bụng 1 ngày, sốt 38,5 độ", "TOMTAT_KQ", "Bạch cầu tăng; siêu âm: ruột thừa viêm",
                "PP_DIEUTRI", "Phẫu thuật nội soi & kháng sinh", "KET_QUA_DTRI", "1", "MA_TTDV", "0112345678",
                "NGAY_CT", "20261010"));
        List<ClinicalProgressNote> notes = List.of(
                note(lk, 1, "Đau hố chậu phải <3 ngày>, CSST<M92_T38.5_HA120/70_NT20>", "202610071130"),
                note(lk, 2, "Sau mổ ổn định, hết sốt", "202610081000"));
        return snapshot(lk, fac, checkIn(lk, fac, "03", "202610070950", "02.1896", "Khám Ngoại", "202610071000"),
                summary, drugs, services, List.of(testResult(lk, 1, "22.0120.1370", "Bạch cầu (WBC)", "15.2", "G/L",
                        "202610071100")), notes, discharge, recordSummary, null, null);
    }

    public static ClaimSnapshot referral() {
        String lk = "BVH-2026-004890";
        String fac = "01012";
        BigDecimal muc = pct("80");
        List<ServiceLine> services = List.of(exam(lk, 1, fac, "202610081000", muc));
        EncounterSummary summary = summary(lk, fac, "01", "202610080945", "202610081130", 0, muc, List.of(), services,
                m("MA_DOITUONG_KCB", "1.1", "MA_BENH_CHINH", "I21.9", "CHAN_DOAN_RV", "Nhồi máu cơ tim cấp",
                        "MA_LOAI_RV", "2", "MA_NOI_DEN", "01001", "GIAY_CHUYEN_TUYEN", "CT-2026-00077",
                        "PP_DIEU_TRI", "Aspirin, thở oxy"));
        ReferralLetter letter = Rows.of(ReferralLetter.class, m(
                "MA_LK", lk, "SO_HOSO", "HS-4890", "SO_CHUYENTUYEN", "77", "GIAY_CHUYEN_TUYEN", "CT-2026-00077",
                "MA_CSKCB", fac, "MA_CSKCB_DI", fac, "MA_CSKCB_DEN", "01001", "HO_TEN", "Nguyễn Thị Lan",
                "NGAY_SINH", "199005200000", "GIOI_TINH", "2", "MA_QUOCTICH", "000", "MA_DANTOC", "01",
                "MA_NGHE_NGHIEP", "00000", "DIA_CHI", "Thôn Đông, xã An Khánh, Hà Nội",
                "MA_THE_BHYT", "GD4010123456789", "GT_THE_DEN", "20261231", "NGAY_VAO", "202610080945",
                "NGAY_RA", "202610081130", "DAU_HIEU_LS", "Đau ngực trái dữ dội, vã mồ hôi",
                "CHAN_DOAN_RV", "Nhồi máu cơ tim cấp", "QT_BENHLY", "Đau ngực 2 giờ", "TOMTAT_KQ", "ECG: ST chênh lên",
                "PP_DIEUTRI", "Aspirin, thở oxy", "MA_BENH_CHINH", "I21.9", "TINH_TRANG_CT", "Tỉnh, huyết động ổn",
                "MA_LOAI_RV", "2", "MA_LYDO_CT", "2", "HUONG_DIEU_TRI", "Can thiệp mạch vành",
                "PHUONGTIEN_VC", "Xe cứu thương", "HOTEN_NGUOI_HT", "Lê Văn Tâm", "CHUCDANH_NGUOI_HT", "Điều dưỡng",
                "MA_BAC_SI", "000321/HNO-CCHN", "MA_TTDV", "0112345679"));
        return snapshot(lk, fac, checkIn(lk, fac, "01", "202610080945", "02.1896", "Khám Nội", "202610081000"),
                summary, List.of(), services, List.of(), List.of(), null, null, letter, null);
    }

    public static ClaimSnapshot emergencyOffRoute() {
        String lk = "BVT-2026-100777";
        String fac = "01001";
        BigDecimal muc = pct("80");
        List<ServiceLine> services = List.of(exam(lk, 1, fac, "202610092215", muc),
                service(lk, 2, fac, "2", "18.0001.0001", "Chụp X-quang ngực thẳng", "1", "65400", "100", muc,
                        "202610092230", m("NGUOI_THUC_HIEN", "000654/HNO-CCHN", "NGAY_TH_YL", "202610092235",
                                "NGAY_KQ", "202610092300")));
        List<DrugLine> drugs = List.of(drug(lk, 1, "40.65", "Salbutamol 2.5mg/2.5ml", "Ống", "2", "4515.5", muc,
                "202610092220"));
        EncounterSummary summary = summary(lk, fac, "01", "202610092200", "202610100130", 0, muc, drugs, services,
                m("MA_DOITUONG_KCB", "2", "MA_BENH_CHINH", "J45.9", "CHAN_DOAN_RV", "Cơn hen phế quản cấp",
                        "MA_DKBD", "79025", "MA_THE_BHYT", "DN4791234567890", "MA_KHUVUC", "",
                        "NGAY_TAI_KHAM", "20261016"));
        RevisitAppointment revisit = Rows.of(RevisitAppointment.class, m(
                "MA_LK", lk, "SO_GIAYHEN_KL", "HK-2026-0091", "MA_CSKCB", fac, "HO_TEN", "Nguyễn Thị Lan",
                "NGAY_SINH", "199005200000", "GIOI_TINH", "2", "DIA_CHI", "Thôn Đông, xã An Khánh, Hà Nội",
                "MA_THE_BHYT", "DN4791234567890", "GT_THE_DEN", "20261231", "NGAY_VAO", "202610092200",
                "NGAY_RA", "202610100130", "NGAY_HEN_KL", "202610160800", "CHAN_DOAN_RV", "Cơn hen phế quản cấp",
                "MA_BENH_CHINH", "J45.9", "MA_DOITUONG_KCB", "2", "MA_BAC_SI", "000111/HNO-CCHN",
                "MA_TTDV", "0112345678", "NGAY_CT", "20261010"));
        // emergencies need no check-in (QĐ 4750 Đ2 k2)
        return snapshot(lk, fac, null, summary, drugs, services, List.of(), List.of(), null, null, null, revisit);
    }

    public static ClaimSnapshot exempt() {
        String lk = "BVH-2026-005001";
        String fac = "01012";
        BigDecimal muc = pct("100");
        List<ServiceLine> services = List.of(exam(lk, 1, fac, "202610111000", muc));
        List<DrugLine> drugs = List.of(drug(lk, 1, "40.714", "Amlodipin 5mg", "Viên", "30", "630", muc, "202610111020"));
        EncounterSummary summary = summary(lk, fac, "01", "202610110950", "202610111045", 0, muc, drugs, services,
                m("MA_DOITUONG_KCB", "1.1", "MA_BENH_CHINH", "I10", "CHAN_DOAN_RV", "Tăng huyết áp vô căn",
                        "NGAY_MIEN_CCT", "20260301", "NAM_NAM_LIEN_TUC", "20200101",
                        "MA_THE_BHYT", "HT3010123456781", "MA_KHUVUC", "K1"));
        return snapshot(lk, fac, checkIn(lk, fac, "01", "202610110950", "02.1896", "Khám Nội", "202610111000"),
                summary, drugs, services, List.of(), List.of(), null, null, null, null);
    }

    // ------------------------------------------------------------------ building blocks

    public static ClaimSnapshot snapshot(String lk, String fac, CheckInStatus checkIn, EncounterSummary summary,
                                         List<DrugLine> drugs, List<ServiceLine> services,
                                         List<ClinicalTestResult> results, List<ClinicalProgressNote> notes,
                                         DischargeCertificate discharge, MedicalRecordSummary recordSummary,
                                         ReferralLetter referral, RevisitAppointment revisit) {
        // MA_BENH of each service: the main disease it was ordered for (gateway workbook: required)
        List<ServiceLine> withDisease = services.stream()
                .map(line -> line.maBenh() == null ? Rows.with(line, "MA_BENH", summary.maBenhChinh()) : line)
                .toList();
        return new ClaimSnapshot(lk, fac, 1, SCHEMA, checkIn, summary, drugs, withDisease, results, notes, discharge,
                recordSummary, referral, revisit);
    }

    static CheckInStatus checkIn(String lk, String fac, String type, String ngayVao, String maDv, String tenDv,
                                 String ngayYl) {
        return Rows.of(CheckInStatus.class, m("MA_LK", lk, "STT", 1, "MA_BN", "BN" + lk.substring(lk.length() - 6),
                "HO_TEN", "Nguyễn Thị Lan", "SO_CCCD", "001190012345", "NGAY_SINH", "199005200000", "GIOI_TINH", "2",
                "MA_THE_BHYT", "GD4010123456789", "MA_DKBD", fac, "GT_THE_TU", "20260101", "GT_THE_DEN", "20261231",
                "MA_DOITUONG_KCB", "1.1", "NGAY_VAO", ngayVao, "MA_LOAI_KCB", type, "MA_CSKCB", fac,
                "MA_DICH_VU", maDv, "TEN_DICH_VU", tenDv, "NGAY_YL", ngayYl));
    }

    static EncounterSummary summary(String lk, String fac, String type, String ngayVao, String ngayRa, int days,
                                    BigDecimal muc, List<DrugLine> drugs, List<ServiceLine> services,
                                    Map<String, ?> overrides) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("MA_LK", lk);
        v.put("STT", 1);
        v.put("MA_BN", "BN" + lk.substring(lk.length() - 6));
        v.put("HO_TEN", "Nguyễn Thị Lan");
        v.put("SO_CCCD", "001190012345");
        v.put("NGAY_SINH", "199005200000");
        v.put("GIOI_TINH", "2");
        v.put("MA_QUOCTICH", "000");
        v.put("MA_DANTOC", "01");
        v.put("MA_NGHE_NGHIEP", "00000");
        v.put("DIA_CHI", "Thôn Đông, xã An Khánh, Hà Nội");
        v.put("MATINH_CU_TRU", "01");
        v.put("MAHUYEN_CU_TRU", "277");
        v.put("MAXA_CU_TRU", "09955");
        v.put("DIEN_THOAI", "0912345678");
        v.put("MA_THE_BHYT", "GD4010123456789");
        v.put("MA_DKBD", fac);
        v.put("GT_THE_TU", "20260101");
        v.put("GT_THE_DEN", "20261231");
        v.put("LY_DO_VV", "Đến khám");
        v.put("CHAN_DOAN_VAO", "Theo dõi");
        v.put("MA_LOAI_RV", "1");
        v.put("KET_QUA_DTRI", "2");
        v.put("NGAY_VAO", ngayVao);
        v.put("NGAY_RA", ngayRa);
        v.put("SO_NGAY_DTRI", days);
        v.put("NGAY_TTOAN", ngayRa);
        v.put("NAM_QT", Integer.valueOf(ngayRa.substring(0, 4)));
        v.put("THANG_QT", Integer.valueOf(ngayRa.substring(4, 6)));
        v.put("MA_LOAI_KCB", type);
        v.put("MA_KHOA", "K01");
        v.put("MA_CSKCB", fac);
        v.put("MA_KHUVUC", "");
        v.put("CAN_NANG", "52.50");
        v.put("MA_HSBA", "HSBA-" + lk);
        v.put("MA_TTDV", "0112345678");
        v.putAll(overrides);
        if ("".equals(v.get("MA_KHUVUC"))) {
            v.remove("MA_KHUVUC");
        }
        // totals (QĐ 4750 Bảng 1)
        BigDecimal tThuoc = BigDecimal.ZERO.setScale(2);
        BigDecimal tVtyt = BigDecimal.ZERO.setScale(2);
        BigDecimal bv = BigDecimal.ZERO.setScale(2);
        BigDecimal bh = BigDecimal.ZERO.setScale(2);
        BigDecimal bntt = BigDecimal.ZERO.setScale(2);
        BigDecimal bncct = BigDecimal.ZERO.setScale(2);
        BigDecimal nk = BigDecimal.ZERO.setScale(2);
        BigDecimal gdv = BigDecimal.ZERO.setScale(2);
        for (DrugLine d : drugs) {
            tThuoc = tThuoc.add(d.thanhTienBv());
            bv = bv.add(d.thanhTienBv());
            bh = bh.add(d.thanhTienBh());
            bntt = bntt.add(d.tBntt());
            bncct = bncct.add(d.tBncct());
            nk = nk.add(d.tNguonkhac());
            gdv = "1".equals(d.maPttt()) ? gdv.add(d.tBhtt()) : gdv;
        }
        for (ServiceLine s : services) {
            if ("10".equals(s.maNhom()) || "11".equals(s.maNhom())) {
                tVtyt = tVtyt.add(s.thanhTienBv());
            }
            bv = bv.add(s.thanhTienBv());
            bh = bh.add(s.thanhTienBh());
            bntt = bntt.add(s.tBntt());
            bncct = bncct.add(s.tBncct());
            nk = nk.add(s.tNguonkhac());
            gdv = "1".equals(s.maPttt()) ? gdv.add(s.tBhtt()) : gdv;
        }
        v.put("T_THUOC", tThuoc);
        v.put("T_VTYT", tVtyt);
        v.put("T_TONGCHI_BV", bv);
        v.put("T_TONGCHI_BH", bh);
        v.put("T_BNTT", bntt);
        v.put("T_BNCCT", bncct);
        v.put("T_BHTT", bh.subtract(bncct));
        v.put("T_NGUONKHAC", nk);
        v.put("T_BHTT_GDV", gdv);
        return Rows.of(EncounterSummary.class, v);
    }

    static DrugLine drug(String lk, int stt, String code, String name, String unit, String qty, String price,
                         BigDecimal muc, String ngayYl) {
        BigDecimal q = new BigDecimal(qty).setScale(3);
        BigDecimal p = new BigDecimal(price).setScale(3);
        BigDecimal rate = pct("100");
        Map<String, Object> v = m("MA_LK", lk, "STT", stt, "MA_THUOC", code, "MA_NHOM", "4", "TEN_THUOC", name,
                "DON_VI_TINH", unit, "HAM_LUONG", strength(name), "DUONG_DUNG", "1.01",
                "DANG_BAO_CHE", "Viên nén", "LIEU_DUNG", "1 viên/lần * 2 lần/ngày * 5 ngày", "CACH_DUNG", "Uống sau ăn",
                "SO_DANG_KY", "VD-12345-10", "TT_THAU", "123/QĐ-SYT;G1;N4;2025", "PHAM_VI", "1", "TYLE_TT_BH", rate,
                "SO_LUONG", q, "DON_GIA", p, "MUC_HUONG", muc, "MA_KHOA", "K01", "MA_BAC_SI", "000111/HNO-CCHN",
                "NGAY_YL", ngayYl, "NGAY_TH_YL", ngayYl, "MA_PTTT", "1", "NGUON_CTRA", "1");
        money(v, round(q.multiply(p)), round(q.multiply(p).multiply(rate).divide(HUNDRED)), muc);
        return Rows.of(DrugLine.class, v);
    }

    static ServiceLine exam(String lk, int stt, String fac, String ngayYl, BigDecimal muc) {
        return service(lk, stt, fac, "13", "02.1896", "Khám Nội", "1", "37500", "100", muc, ngayYl, Map.of());
    }

    static ServiceLine service(String lk, int stt, String fac, String group, String code, String name, String qty,
                               String price, String serviceRate, BigDecimal muc, String ngayYl, Map<String, ?> extra) {
        Map<String, Object> v = lineBase(lk, stt, group, qty, price, serviceRate, muc, ngayYl);
        v.put("MA_DICH_VU", code);
        v.put("TEN_DICH_VU", name);
        v.put("DON_VI_TINH", "Lần");
        v.putAll(extra);
        return Rows.of(ServiceLine.class, v);
    }

    static ServiceLine supply(String lk, int stt, String fac, String serviceCode, String supplyCode, String name,
                              String qty, String price, BigDecimal muc, String ngayYl, String pack) {
        Map<String, Object> v = lineBase(lk, stt, "10", qty, price, "100", muc, ngayYl);
        v.put("MA_DICH_VU", serviceCode);
        v.put("MA_VAT_TU", supplyCode);
        v.put("TEN_VAT_TU", name);
        v.put("TEN_DICH_VU", "Phẫu thuật cắt ruột thừa nội soi");
        v.put("GOI_VTYT", pack);
        v.put("DON_VI_TINH", "Cái");
        v.put("TT_THAU", "20.00;G1;N1;2025");
        v.put("MA_HIEU_SP", "HS-ULTRA-2");
        return Rows.of(ServiceLine.class, v);
    }

    static ServiceLine bed(String lk, int stt, String fac, String code, String name, String qty, String price,
                           BigDecimal muc, String ngayYl, String bedCode) {
        Map<String, Object> v = lineBase(lk, stt, "15", qty, price, "100", muc, ngayYl);
        v.put("MA_DICH_VU", code);
        v.put("TEN_DICH_VU", name);
        v.put("DON_VI_TINH", "Ngày");
        v.put("MA_GIUONG", bedCode);
        v.put("MA_KHOA", "K19");
        v.put("NGAY_KQ", "202610101000");
        return Rows.of(ServiceLine.class, v);
    }

    private static Map<String, Object> lineBase(String lk, int stt, String group, String qty, String price,
                                                String serviceRate, BigDecimal muc, String ngayYl) {
        BigDecimal q = new BigDecimal(qty).setScale(3);
        BigDecimal p = new BigDecimal(price).setScale(3);
        BigDecimal dv = pct(serviceRate);
        BigDecimal rate = pct("100");
        Map<String, Object> v = m("MA_LK", lk, "STT", stt, "MA_NHOM", group, "PHAM_VI", "1", "SO_LUONG", q,
                "DON_GIA_BV", p, "DON_GIA_BH", p, "TYLE_TT_DV", dv, "TYLE_TT_BH", rate, "MUC_HUONG", muc,
                "MA_KHOA", "K01", "MA_BAC_SI", "000111/HNO-CCHN", "MA_BENH", "", "NGAY_YL", ngayYl, "MA_PTTT", "1");
        BigDecimal bv = round(q.multiply(p).multiply(dv).divide(HUNDRED));
        BigDecimal bh = round(q.multiply(p).multiply(rate).divide(HUNDRED));
        money(v, bv, bh, muc);
        v.remove("MA_BENH");
        return v;
    }

    /** Fills THANH_TIEN_BV/BH, the other sources (none) and the split of QĐ 4750 Bảng 2 (case without other sources). */
    private static void money(Map<String, Object> v, BigDecimal bv, BigDecimal bh, BigDecimal muc) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal bhtt = round(bh.multiply(muc).divide(HUNDRED));
        v.put("THANH_TIEN_BV", bv);
        v.put("THANH_TIEN_BH", bh);
        v.put("T_NGUONKHAC_NSNN", zero);
        v.put("T_NGUONKHAC_VTNN", zero);
        v.put("T_NGUONKHAC_VTTN", zero);
        v.put("T_NGUONKHAC_CL", zero);
        v.put("T_NGUONKHAC", zero);
        v.put("T_BNTT", bv.subtract(bh));
        v.put("T_BNCCT", bh.subtract(bhtt));
        v.put("T_BHTT", bhtt);
    }

    private static String strength(String name) {
        String s = name.replaceAll("^[^0-9]*", "");
        return s.isEmpty() ? "99,5%" : s;
    }

    static ClinicalTestResult testResult(String lk, int stt, String service, String name, String value, String unit,
                                         String at) {
        return Rows.of(ClinicalTestResult.class, m("MA_LK", lk, "STT", stt, "MA_DICH_VU", service, "MA_CHI_SO", "WBC",
                "TEN_CHI_SO", name, "GIA_TRI", value, "DON_VI_DO", unit, "KET_LUAN", "Bình thường",
                "NGAY_KQ", at, "MA_BS_DOC_KQ", "000456/HNO-CCHN"));
    }

    static ClinicalProgressNote note(String lk, int stt, String text, String at) {
        return Rows.of(ClinicalProgressNote.class, m("MA_LK", lk, "STT", stt, "DIEN_BIEN_LS", text,
                "THOI_DIEM_DBLS", at, "NGUOI_THUC_HIEN", "000789/HNO-CCHN"));
    }

    static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A map of alternating element names and values (insertion order kept). */
    public static Map<String, Object> m(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
