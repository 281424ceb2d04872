package vn.his.web.reception.papers;

import java.util.Map;

import vn.his.core.encounter.RecordSummary;
import vn.his.web.api.encounter.RecordSummaryRequest;

/** The record-summary form (XML8) as typed: dates dd/MM/yyyy; becomes the API's {@link RecordSummaryRequest}. */
public class SummaryForm {

    /** The XML8 elements the core names in its refusals → the fields of this form. */
    static final Map<String, String> ELEMENTS = Map.of("QT_BENHLY", "pathology", "TOMTAT_KQ", "resultsSummary",
            "PP_DIEUTRI", "treatmentMethod", "HO_TEN_CHA", "fatherName", "HO_TEN_ME", "motherName",
            "NGUOI_GIAM_HO", "guardianName", "DON_VI", "employer", "GHI_CHU", "note", "NGAY_CT", "issuedOn");

    private String pathology;
    private String resultsSummary;
    private String treatmentMethod;
    private String fatherName;
    private String motherName;
    private String guardianName;
    private String employer;
    private String childBirthDate;
    private String childDeathDate;
    private String childrenDead;
    private String note;
    private String issuedOn;

    /** The edit form: the recorded summary as a person types it. */
    static SummaryForm of(RecordSummary x) {
        SummaryForm f = new SummaryForm();
        f.pathology = x.pathology();
        f.resultsSummary = x.resultsSummary();
        f.treatmentMethod = x.treatmentMethod();
        f.fatherName = x.fatherName();
        f.motherName = x.motherName();
        f.guardianName = x.guardianName();
        f.employer = x.employer();
        f.childBirthDate = TypedValues.typed(x.childBirthDate());
        f.childDeathDate = TypedValues.typed(x.childDeathDate());
        f.childrenDead = TypedValues.typed(x.childrenDead());
        f.note = x.note();
        f.issuedOn = TypedValues.typed(x.issuedOn());
        return f;
    }

    RecordSummaryRequest toRequest(PaperErrors errors) {
        return new RecordSummaryRequest(pathology, resultsSummary, treatmentMethod, fatherName, motherName,
                guardianName, employer, TypedValues.date(childBirthDate, "childBirthDate", errors),
                TypedValues.date(childDeathDate, "childDeathDate", errors),
                TypedValues.number(childrenDead, "childrenDead", errors), note,
                TypedValues.date(issuedOn, "issuedOn", errors));
    }

    public String getPathology() { return pathology; }
    public void setPathology(String v) { pathology = v; }
    public String getResultsSummary() { return resultsSummary; }
    public void setResultsSummary(String v) { resultsSummary = v; }
    public String getTreatmentMethod() { return treatmentMethod; }
    public void setTreatmentMethod(String v) { treatmentMethod = v; }
    public String getFatherName() { return fatherName; }
    public void setFatherName(String v) { fatherName = v; }
    public String getMotherName() { return motherName; }
    public void setMotherName(String v) { motherName = v; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String v) { guardianName = v; }
    public String getEmployer() { return employer; }
    public void setEmployer(String v) { employer = v; }
    public String getChildBirthDate() { return childBirthDate; }
    public void setChildBirthDate(String v) { childBirthDate = v; }
    public String getChildDeathDate() { return childDeathDate; }
    public void setChildDeathDate(String v) { childDeathDate = v; }
    public String getChildrenDead() { return childrenDead; }
    public void setChildrenDead(String v) { childrenDead = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String v) { issuedOn = v; }
}
