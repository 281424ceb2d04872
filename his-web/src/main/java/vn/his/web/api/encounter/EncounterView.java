package vn.his.web.api.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCard;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;

/**
 * An encounter with its cards, diagnoses and order lines. {@code totalAmount}: the lines at hospital prices;
 * {@code recordSummary}, {@code referral}, {@code appointment}: the discharge papers (XML8, XML13, XML14), or null.
 */
public record EncounterView(Long id, String maLk, Long facilityId, String facilityCode, String facilityName,
                            Long patientId, String patientCode, String patientName, String encounterType,
                            EncounterStatus status, int revision, LocalDateTime arrivalTime,
                            LocalDateTime dischargeTime, String visitReason, boolean emergency, String referredFrom,
                            String referredTo, String departmentCodes, String diagnosisIn, String diagnosisOut,
                            String mainIcd10, List<String> secondaryIcd10, Integer treatmentResult,
                            Integer dischargeType, List<String> cardNumbers, List<OrderLineView> lines,
                            BigDecimal totalAmount, RecordSummary recordSummary, Referral referral,
                            RevisitBooking appointment) {

    public static EncounterView of(Encounter e) {
        List<OrderLineView> lines = e.lines().stream().map(OrderLineView::of).toList();
        BigDecimal total = lines.stream().map(OrderLineView::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new EncounterView(e.id(), e.maLk(), e.facility().id(), e.facilityCode(), e.facility().name(),
                e.patient().id(), e.patient().patientCode(), e.patient().fullName(), e.encounterType(), e.status(),
                e.revision(), e.arrivalTime(), e.dischargeTime(), e.visitReason(), e.emergency(), e.referredFrom(),
                e.referredTo(), e.departmentCodes(), e.diagnosisIn(), e.diagnosisOut(), e.mainIcd10(),
                e.secondaryIcd10(), e.treatmentResult(), e.dischargeType(),
                e.cards().stream().map(EncounterCard::cardNumber).toList(), lines, total,
                e.recordSummary().orElse(null), e.referral().orElse(null), e.revisitBooking().orElse(null));
    }
}
