package vn.his.web.api.encounter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.his.core.encounter.Referral;

/**
 * The referral letter of an encounter finished with a transfer (XML13, QĐ 3176 form): SO_HOSO, SO_CHUYENTUYEN,
 * GIAY_CHUYEN_TUYEN, DAU_HIEU_LS, QT_BENHLY, TOMTAT_KQ, TINH_TRANG_CT, MA_LYDO_CT (1–3), HUONG_DIEU_TRI,
 * PHUONGTIEN_VC, escort, MA_BAC_SI (practising certificates of the facility's doctors, ';'-separated).
 */
public record ReferralRequest(@NotBlank @Size(max = 50) String dossierNo, @NotBlank @Size(max = 50) String bookNo,
                              @NotBlank @Size(max = 50) String letterNo,
                              @NotBlank @Size(max = 2000) String clinicalSigns,
                              @NotBlank @Size(max = 2000) String pathology,
                              @Size(max = 2000) String resultsSummary,
                              @NotBlank @Size(max = 2000) String conditionAtTransfer,
                              @NotNull @Min(1) @Max(3) Integer reasonCode,
                              @NotBlank @Size(max = 2000) String treatmentDirection,
                              @NotBlank @Size(max = 255) String transport, @Size(max = 255) String escortName,
                              @Size(max = 255) String escortTitle, @NotBlank @Size(max = 255) String doctorIds) {

    public Referral toReferral() {
        return new Referral(dossierNo, bookNo, letterNo, clinicalSigns, pathology, resultsSummary, conditionAtTransfer,
                reasonCode, treatmentDirection, transport, escortName, escortTitle, doctorIds);
    }
}
