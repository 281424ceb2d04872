package vn.his.web.api.encounter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.his.core.encounter.RecordSummary;

/**
 * The record summary of a stay (XML8): QT_BENHLY, TOMTAT_KQ, PP_DIEUTRI, family fields, stillbirth fields, GHI_CHU
 * and NGAY_CT ({@code issuedOn}, default today).
 */
public record RecordSummaryRequest(@NotBlank @Size(max = 2000) String pathology,
                                   @NotBlank @Size(max = 2000) String resultsSummary,
                                   @NotBlank @Size(max = 2000) String treatmentMethod,
                                   @Size(max = 255) String fatherName, @Size(max = 255) String motherName,
                                   @Size(max = 255) String guardianName, @Size(max = 1024) String employer,
                                   LocalDate childBirthDate, LocalDate childDeathDate, Integer childrenDead,
                                   @Size(max = 2000) String note, LocalDate issuedOn) {

    public RecordSummary toSummary(LocalDate today) {
        return new RecordSummary(pathology, resultsSummary, treatmentMethod, fatherName, motherName, guardianName,
                employer, childBirthDate, childDeathDate, childrenDead, note, issuedOn == null ? today : issuedOn);
    }
}
