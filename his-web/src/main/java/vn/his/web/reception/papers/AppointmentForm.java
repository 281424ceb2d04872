package vn.his.web.reception.papers;

import java.util.Map;

import vn.his.core.encounter.RevisitBooking;
import vn.his.web.api.encounter.AppointmentRequest;

/**
 * The re-visit appointment form (XML14) as typed: the appointment dd/MM/yyyy HH:mm, the paper's date dd/MM/yyyy;
 * becomes the API's {@link AppointmentRequest}.
 */
public class AppointmentForm {

    /** The XML14 elements the core names in its refusals → the fields of this form. */
    static final Map<String, String> ELEMENTS = Map.of("SO_GIAYHEN_KL", "paperNo", "NGAY_HEN_KL", "appointmentTime",
            "MA_BAC_SI", "doctorIds", "NGAY_CT", "issuedOn");

    private String paperNo;
    private String appointmentTime;
    private String doctorIds;
    private String issuedOn;

    /** The edit form: the recorded appointment as a person types it. */
    static AppointmentForm of(RevisitBooking x) {
        AppointmentForm f = new AppointmentForm();
        f.paperNo = x.paperNo();
        f.appointmentTime = TypedValues.typed(x.appointmentTime());
        f.doctorIds = x.doctorIds();
        f.issuedOn = TypedValues.typed(x.issuedOn());
        return f;
    }

    AppointmentRequest toRequest(PaperErrors errors) {
        return new AppointmentRequest(paperNo, TypedValues.dateTime(appointmentTime, "appointmentTime", errors),
                doctorIds, TypedValues.date(issuedOn, "issuedOn", errors));
    }

    public String getPaperNo() { return paperNo; }
    public void setPaperNo(String v) { paperNo = v; }
    public String getAppointmentTime() { return appointmentTime; }
    public void setAppointmentTime(String v) { appointmentTime = v; }
    public String getDoctorIds() { return doctorIds; }
    public void setDoctorIds(String v) { doctorIds = v; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String v) { issuedOn = v; }
}
