package vn.his.web.api.encounter;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import vn.his.core.encounter.Discharge;

/** NGAY_RA (default now), KET_QUA_DTRI, MA_LOAI_RV, MA_NOI_DEN for a transfer, PP_DIEU_TRI, advice, NGAY_TAI_KHAM. */
public record FinishRequest(LocalDateTime dischargeTime, @NotNull Integer treatmentResult,
                            @NotNull Integer dischargeType, String referredTo, String treatmentMethod,
                            String doctorAdvice, String revisitDates) {

    public Discharge toDischarge(LocalDateTime now) {
        return new Discharge(dischargeTime == null ? now : dischargeTime, treatmentResult, dischargeType, referredTo,
                treatmentMethod, doctorAdvice, revisitDates);
    }
}
