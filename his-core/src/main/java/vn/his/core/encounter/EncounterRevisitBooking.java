package vn.his.core.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The stored re-visit appointment (XML14 contents) of an encounter; at most one, changed in place. */
@Entity
@Table(name = "encounter_revisit_booking")
class EncounterRevisitBooking extends EncounterPaper<RevisitBooking> {

    @Column(name = "paper_no", nullable = false)
    private String paperNo;

    @Column(name = "appointment_time", nullable = false)
    private LocalDateTime appointmentTime;

    @Column(name = "doctor_ids", nullable = false)
    private String doctorIds;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    protected EncounterRevisitBooking() {
    }

    EncounterRevisitBooking(Encounter encounter, RevisitBooking value, LocalDateTime now) {
        super(encounter);
        update(value, now);
    }

    @Override
    protected void write(RevisitBooking v) {
        this.paperNo = v.paperNo();
        this.appointmentTime = v.appointmentTime();
        this.doctorIds = v.doctorIds();
        this.issuedOn = v.issuedOn();
    }

    @Override
    RevisitBooking value() {
        return new RevisitBooking(paperNo, appointmentTime, doctorIds, issuedOn);
    }
}
