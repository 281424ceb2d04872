package vn.his.web.api.patient;

import vn.his.core.patient.DuplicateCandidate;

/** A registered patient who may be the person being registered, and why. */
public record DuplicateView(Long patientId, String patientCode, String fullName, String birthDate, String citizenId,
                            DuplicateCandidate.Reason reason) {

    public static DuplicateView of(DuplicateCandidate c) {
        return new DuplicateView(c.patient().id(), c.patient().patientCode(), c.patient().fullName(),
                PatientView.iso(c.patient().birthDate()), c.patient().citizenId(), c.reason());
    }
}
