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

/** Why a settled encounter was opened again, by whom and when; one per revision after the first. */
@Entity
@Table(name = "encounter_correction")
public class EncounterCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    protected EncounterCorrection() {
    }

    EncounterCorrection(Encounter encounter, int revision, String reason, String requestedBy, LocalDateTime at) {
        this.encounter = encounter;
        this.revision = revision;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    public int revision() { return revision; }
    public String reason() { return reason; }
    public String requestedBy() { return requestedBy; }
    public LocalDateTime requestedAt() { return requestedAt; }
}
