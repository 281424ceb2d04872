package vn.his.core.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The stored re-visit appointment (XML14 contents) of an encounter; at most one, changed in place. */
@Entity
@Table(name = "encounter_revisit_booking")
class EncounterRevisitBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(name = "paper_no", nullable = false)
    private String paperNo;

    @Column(name = "appointment_time", nullable = false)
    private LocalDateTime appointmentTime;

    @Column(name = "doctor_ids", nullable = false)
    private String doctorIds;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EncounterRevisitBooking() {
    }

    EncounterRevisitBooking(Encounter encounter, RevisitBooking value, LocalDateTime now) {
        this.encounter = encounter;
        update(value, now);
    }

    void update(RevisitBooking v, LocalDateTime now) {
        this.paperNo = v.paperNo();
        this.appointmentTime = v.appointmentTime();
        this.doctorIds = v.doctorIds();
        this.issuedOn = v.issuedOn();
        this.recordedAt = now;
    }

    RevisitBooking value() {
        return new RevisitBooking(paperNo, appointmentTime, doctorIds, issuedOn);
    }
}
