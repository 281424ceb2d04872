package vn.his.core.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The stored record summary (XML8 contents) of an encounter; at most one, changed in place. */
@Entity
@Table(name = "encounter_record_summary")
class EncounterRecordSummary extends EncounterPaper<RecordSummary> {

    @Column(nullable = false)
    private String pathology;

    @Column(name = "results_summary", nullable = false)
    private String resultsSummary;

    @Column(name = "treatment_method", nullable = false)
    private String treatmentMethod;

    @Column(name = "father_name")
    private String fatherName;

    @Column(name = "mother_name")
    private String motherName;

    @Column(name = "guardian_name")
    private String guardianName;

    private String employer;

    @Column(name = "child_birth_date")
    private LocalDate childBirthDate;

    @Column(name = "child_death_date")
    private LocalDate childDeathDate;

    @Column(name = "children_dead")
    private Integer childrenDead;

    private String note;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    protected EncounterRecordSummary() {
    }

    EncounterRecordSummary(Encounter encounter, RecordSummary value, LocalDateTime now) {
        super(encounter);
        update(value, now);
    }

    @Override
    protected void write(RecordSummary v) {
        this.pathology = v.pathology();
        this.resultsSummary = v.resultsSummary();
        this.treatmentMethod = v.treatmentMethod();
        this.fatherName = v.fatherName();
        this.motherName = v.motherName();
        this.guardianName = v.guardianName();
        this.employer = v.employer();
        this.childBirthDate = v.childBirthDate();
        this.childDeathDate = v.childDeathDate();
        this.childrenDead = v.childrenDead();
        this.note = v.note();
        this.issuedOn = v.issuedOn();
    }

    @Override
    RecordSummary value() {
        return new RecordSummary(pathology, resultsSummary, treatmentMethod, fatherName, motherName, guardianName,
                employer, childBirthDate, childDeathDate, childrenDead, note, issuedOn);
    }
}
