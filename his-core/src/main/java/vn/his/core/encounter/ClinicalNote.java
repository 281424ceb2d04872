package vn.his.core.encounter;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A clinical progress note (XML5 row). */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String progress;

    @Column(name = "disease_stage")
    private String diseaseStage;

    private String consultation;
    private String surgery;

    @Column(name = "noted_at", nullable = false)
    private LocalDateTime notedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ClinicalNote() {
    }

    ClinicalNote(Encounter encounter, int seq, ClinicalNoteDraft d) {
        this.encounter = encounter;
        this.seq = seq;
        this.progress = d.progress();
        this.diseaseStage = d.diseaseStage();
        this.consultation = d.consultation();
        this.surgery = d.surgery();
        this.notedAt = d.notedAt();
        this.recordedBy = d.recordedBy();
    }

    public int seq() { return seq; }
    public String progress() { return progress; }
    public String diseaseStage() { return diseaseStage; }
    public String consultation() { return consultation; }
    public String surgery() { return surgery; }
    public LocalDateTime notedAt() { return notedAt; }
    public String recordedBy() { return recordedBy; }
}
