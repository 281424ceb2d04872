package vn.his.web.reception.papers;

import java.util.Map;

import vn.his.core.encounter.Referral;
import vn.his.web.api.encounter.ReferralRequest;

/** The referral-letter form (XML13, QĐ 3176 form) as typed; becomes the API's {@link ReferralRequest}. */
public class ReferralForm {

    /** The XML13 elements the core names in its refusals → the fields of this form. */
    static final Map<String, String> ELEMENTS = Map.ofEntries(Map.entry("SO_HOSO", "dossierNo"),
            Map.entry("SO_CHUYENTUYEN", "bookNo"), Map.entry("GIAY_CHUYEN_TUYEN", "letterNo"),
            Map.entry("DAU_HIEU_LS", "clinicalSigns"), Map.entry("QT_BENHLY", "pathology"),
            Map.entry("TOMTAT_KQ", "resultsSummary"), Map.entry("TINH_TRANG_CT", "conditionAtTransfer"),
            Map.entry("HUONG_DIEU_TRI", "treatmentDirection"), Map.entry("PHUONGTIEN_VC", "transport"),
            Map.entry("HOTEN_NGUOI_HT", "escortName"), Map.entry("CHUCDANH_NGUOI_HT", "escortTitle"),
            Map.entry("MA_BAC_SI", "doctorIds"));

    private String dossierNo;
    private String bookNo;
    private String letterNo;
    private String clinicalSigns;
    private String pathology;
    private String resultsSummary;
    private String conditionAtTransfer;
    private String reasonCode;
    private String treatmentDirection;
    private String transport;
    private String escortName;
    private String escortTitle;
    private String doctorIds;

    /** The edit form: the recorded letter as a person types it. */
    static ReferralForm of(Referral x) {
        ReferralForm f = new ReferralForm();
        f.dossierNo = x.dossierNo();
        f.bookNo = x.bookNo();
        f.letterNo = x.letterNo();
        f.clinicalSigns = x.clinicalSigns();
        f.pathology = x.pathology();
        f.resultsSummary = x.resultsSummary();
        f.conditionAtTransfer = x.conditionAtTransfer();
        f.reasonCode = TypedValues.typed(x.reasonCode());
        f.treatmentDirection = x.treatmentDirection();
        f.transport = x.transport();
        f.escortName = x.escortName();
        f.escortTitle = x.escortTitle();
        f.doctorIds = x.doctorIds();
        return f;
    }

    ReferralRequest toRequest(PaperErrors errors) {
        return new ReferralRequest(dossierNo, bookNo, letterNo, clinicalSigns, pathology, resultsSummary,
                conditionAtTransfer, TypedValues.number(reasonCode, "reasonCode", errors), treatmentDirection,
                transport, escortName, escortTitle, doctorIds);
    }

    public String getDossierNo() { return dossierNo; }
    public void setDossierNo(String v) { dossierNo = v; }
    public String getBookNo() { return bookNo; }
    public void setBookNo(String v) { bookNo = v; }
    public String getLetterNo() { return letterNo; }
    public void setLetterNo(String v) { letterNo = v; }
    public String getClinicalSigns() { return clinicalSigns; }
    public void setClinicalSigns(String v) { clinicalSigns = v; }
    public String getPathology() { return pathology; }
    public void setPathology(String v) { pathology = v; }
    public String getResultsSummary() { return resultsSummary; }
    public void setResultsSummary(String v) { resultsSummary = v; }
    public String getConditionAtTransfer() { return conditionAtTransfer; }
    public void setConditionAtTransfer(String v) { conditionAtTransfer = v; }
    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String v) { reasonCode = v; }
    public String getTreatmentDirection() { return treatmentDirection; }
    public void setTreatmentDirection(String v) { treatmentDirection = v; }
    public String getTransport() { return transport; }
    public void setTransport(String v) { transport = v; }
    public String getEscortName() { return escortName; }
    public void setEscortName(String v) { escortName = v; }
    public String getEscortTitle() { return escortTitle; }
    public void setEscortTitle(String v) { escortTitle = v; }
    public String getDoctorIds() { return doctorIds; }
    public void setDoctorIds(String v) { doctorIds = v; }
}
