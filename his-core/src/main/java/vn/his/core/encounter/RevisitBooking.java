package vn.his.core.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A re-visit appointment booked by the clinician at the end of an encounter (giấy hẹn khám lại, mẫu số 5 NĐ 75/2023;
 * QĐ 4750 Bảng 14): SO_GIAYHEN_KL (paper number), NGAY_HEN_KL (time of the appointment, not before NGAY_RA),
 * MA_BAC_SI (CCHN of the doctor) and NGAY_CT (day the paper is issued, not before NGAY_VAO). The rest of XML14 comes
 * from the encounter.
 */
public record RevisitBooking(String paperNo, LocalDateTime appointmentTime, String doctorIds, LocalDate issuedOn) {

    public RevisitBooking {
        paperNo = PaperFields.required("SO_GIAYHEN_KL", paperNo, 50);
        if (appointmentTime == null) {
            throw new EncounterRuleException("encounter.paper.fieldRequired", "NGAY_HEN_KL");
        }
        doctorIds = PaperFields.doctorIds("MA_BAC_SI", doctorIds);
        if (issuedOn == null) {
            throw new EncounterRuleException("encounter.paper.fieldRequired", "NGAY_CT");
        }
    }
}
