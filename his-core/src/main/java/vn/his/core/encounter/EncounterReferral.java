package vn.his.core.encounter;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The stored referral letter (XML13 contents) of an encounter; at most one, changed in place. */
@Entity
@Table(name = "encounter_referral")
class EncounterReferral extends EncounterPaper<Referral> {

    @Column(name = "dossier_no", nullable = false)
    private String dossierNo;

    @Column(name = "book_no", nullable = false)
    private String bookNo;

    @Column(name = "letter_no", nullable = false)
    private String letterNo;

    @Column(name = "clinical_signs", nullable = false)
    private String clinicalSigns;

    @Column(nullable = false)
    private String pathology;

    @Column(name = "results_summary")
    private String resultsSummary;

    @Column(name = "condition_at_transfer", nullable = false)
    private String conditionAtTransfer;

    @Column(name = "reason_code", nullable = false)
    private int reasonCode;

    @Column(name = "treatment_direction", nullable = false)
    private String treatmentDirection;

    @Column(nullable = false)
    private String transport;

    @Column(name = "escort_name")
    private String escortName;

    @Column(name = "escort_title")
    private String escortTitle;

    @Column(name = "doctor_ids", nullable = false)
    private String doctorIds;

    protected EncounterReferral() {
    }

    EncounterReferral(Encounter encounter, Referral value, LocalDateTime now) {
        super(encounter);
        update(value, now);
    }

    @Override
    protected void write(Referral v) {
        this.dossierNo = v.dossierNo();
        this.bookNo = v.bookNo();
        this.letterNo = v.letterNo();
        this.clinicalSigns = v.clinicalSigns();
        this.pathology = v.pathology();
        this.resultsSummary = v.resultsSummary();
        this.conditionAtTransfer = v.conditionAtTransfer();
        this.reasonCode = v.reasonCode();
        this.treatmentDirection = v.treatmentDirection();
        this.transport = v.transport();
        this.escortName = v.escortName();
        this.escortTitle = v.escortTitle();
        this.doctorIds = v.doctorIds();
    }

    @Override
    Referral value() {
        return new Referral(dossierNo, bookNo, letterNo, clinicalSigns, pathology, resultsSummary, conditionAtTransfer,
                reasonCode, treatmentDirection, transport, escortName, escortTitle, doctorIds);
    }
}
