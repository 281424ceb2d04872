package vn.his.web.api.patient;

import java.util.List;

import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;

/**
 * A patient with their cards. {@code birthDate} is ISO and may be partial ({@code 1970}, {@code 1970-05},
 * {@code 1970-05-17}); {@code birthDateDisplay} is dd/MM/yyyy for screens.
 */
public record PatientView(Long id, String patientCode, String fullName, String birthDate, String birthDateDisplay,
                          Gender gender, String ethnicityCode, String nationalityCode, String occupationCode,
                          String address, String provinceCode, String districtCode, String communeCode,
                          String citizenId, String phone, String bloodGroup, List<CardView> cards) {

    public static PatientView of(Patient p, List<CardView> cards) {
        return new PatientView(p.id(), p.patientCode(), p.fullName(), iso(p.birthDate()), p.birthDate().display(),
                p.gender(), p.ethnicityCode(), p.nationalityCode(), p.occupationCode(), p.address(), p.provinceCode(),
                p.districtCode(), p.communeCode(), p.citizenId(), p.phone(), p.bloodGroup(), cards);
    }

    public static String iso(BirthDate b) {
        if (b.month() == null) {
            return String.format("%04d", b.year());
        }
        if (b.day() == null) {
            return String.format("%04d-%02d", b.year(), b.month());
        }
        return String.format("%04d-%02d-%02d", b.year(), b.month(), b.day());
    }
}
