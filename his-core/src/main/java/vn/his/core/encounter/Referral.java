package vn.his.core.encounter;

/**
 * The referral letter of an encounter that ends with a transfer (giấy chuyển tuyến KBCB BHYT, mẫu số 6 NĐ 75/2023;
 * QĐ 4750 Bảng 13 in the form of QĐ 3176): SO_HOSO (dossier number of the letter), SO_CHUYENTUYEN (number in the
 * referral book), GIAY_CHUYEN_TUYEN (letter number), DAU_HIEU_LS (clinical signs at transfer), QT_BENHLY, TOMTAT_KQ,
 * TINH_TRANG_CT (condition of the patient at transfer, QĐ 3176), MA_LYDO_CT (1 meets the referral rules, 2 beyond
 * the facility's capability, 3 at the patient's request), HUONG_DIEU_TRI, PHUONGTIEN_VC, the escort (HOTEN_NGUOI_HT,
 * CHUCDANH_NGUOI_HT) and MA_BAC_SI. The receiving facility (MA_CSKCB_DEN) and MA_LOAI_RV are those of the
 * discharge; everything else of XML13 comes from the encounter.
 */
public record Referral(String dossierNo, String bookNo, String letterNo, String clinicalSigns, String pathology,
                       String resultsSummary, String conditionAtTransfer, int reasonCode, String treatmentDirection,
                       String transport, String escortName, String escortTitle, String doctorIds) {

    static final int LONG_TEXT = 2000;

    public Referral {
        dossierNo = PaperFields.required("SO_HOSO", dossierNo, 50);
        bookNo = PaperFields.required("SO_CHUYENTUYEN", bookNo, 50);
        letterNo = PaperFields.required("GIAY_CHUYEN_TUYEN", letterNo, 50);
        clinicalSigns = PaperFields.required("DAU_HIEU_LS", clinicalSigns, LONG_TEXT);
        pathology = PaperFields.required("QT_BENHLY", pathology, LONG_TEXT);
        resultsSummary = PaperFields.optional("TOMTAT_KQ", resultsSummary, LONG_TEXT);
        conditionAtTransfer = PaperFields.required("TINH_TRANG_CT", conditionAtTransfer, LONG_TEXT);
        if (reasonCode < 1 || reasonCode > 3) {
            throw new EncounterRuleException("encounter.referral.reasonInvalid", reasonCode);
        }
        treatmentDirection = PaperFields.required("HUONG_DIEU_TRI", treatmentDirection, LONG_TEXT);
        transport = PaperFields.required("PHUONGTIEN_VC", transport, 255);
        escortName = PaperFields.optional("HOTEN_NGUOI_HT", escortName, 255);
        escortTitle = PaperFields.optional("CHUCDANH_NGUOI_HT", escortTitle, 255);
        if (escortTitle != null && escortName == null) {
            throw new EncounterRuleException("encounter.referral.escortNameRequired");
        }
        doctorIds = PaperFields.doctorIds("MA_BAC_SI", doctorIds);
    }

    /**
     * Whether the reason fits the kind of transfer (MA_LOAI_RV): a transfer at the patient's request (5) has reason 3,
     * a transfer for professional reasons (2) has reason 1 or 2 (QĐ 4750 Bảng 1 MA_LOAI_RV, Bảng 13 MA_LYDO_CT).
     */
    boolean reasonFits(int dischargeType) {
        return dischargeType == 5 ? reasonCode == 3 : reasonCode != 3;
    }
}
