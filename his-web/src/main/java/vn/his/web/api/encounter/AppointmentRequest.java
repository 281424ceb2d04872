package vn.his.web.api.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.his.core.encounter.RevisitBooking;

/** A re-visit appointment (XML14): SO_GIAYHEN_KL, NGAY_HEN_KL, MA_BAC_SI and NGAY_CT ({@code issuedOn}, default today). */
public record AppointmentRequest(@NotBlank @Size(max = 50) String paperNo, @NotNull LocalDateTime appointmentTime,
                                 @NotBlank @Size(max = 255) String doctorIds, LocalDate issuedOn) {

    public RevisitBooking toBooking(LocalDate today) {
        return new RevisitBooking(paperNo, appointmentTime, doctorIds, issuedOn == null ? today : issuedOn);
    }
}
