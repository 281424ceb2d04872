package vn.his.export.claim;

import java.time.LocalDate;
import java.util.Optional;

import vn.his.core.card.CardDetails;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.export.xml.CheckInStatus;

/**
 * The check-in row (XML0, QĐ 4750 Đ2 k2 and its Bảng check-in) of an encounter at one cost line: the first cost of
 * the encounter, or the first cost after the order for inpatient, day or outpatient treatment (then NGAY_VAO_NOI_TRU
 * and LY_DO_VNT are filled). The item of that line goes to MA_DICH_VU/TEN_DICH_VU (a service, exam, bed or
 * transport), MA_THUOC/TEN_THUOC (a drug or blood product) or MA_VAT_TU/TEN_VAT_TU (a supply), with its NGAY_YL.
 * The card is the one valid on the line's date (first presented one otherwise); without a card GT_THE_TU is the
 * arrival date (field note of the table).
 */
public final class CheckInAssembler {

    /**
     * @param visitObject MA_DOITUONG_KCB known at that moment (provisional; the final one is in XML1), or {@code null}
     * @param stt         STT of the row in its document (1 when sent alone)
     */
    public CheckInStatus assemble(ClaimSource source, int lineNo, String visitObject, int stt) {
        OrderLineDraft line = source.line(lineNo).draft();
        LocalDate day = line.orderTime().toLocalDate();
        Optional<CardDetails> card = source.cards().stream()
                .filter(c -> !day.isBefore(c.validFrom()) && (c.validTo() == null || !day.isAfter(c.validTo())))
                .findFirst().or(() -> source.cards().stream().findFirst());
        boolean inWard = source.inpatientOrderTime() != null && !line.orderTime().isBefore(source.inpatientOrderTime());
        Row<CheckInStatus> row = Row.of(CheckInStatus.class)
                .set("MA_LK", source.maLk())
                .set("STT", stt)
                .set("MA_BN", source.patientCode())
                .set("HO_TEN", source.patient().fullName())
                .set("SO_CCCD", source.patient().citizenId())
                .set("NGAY_SINH", source.patient().birthDate().toXmlValue())
                .set("GIOI_TINH", String.valueOf(source.patient().gender().code()))
                .set("MA_DOITUONG_KCB", visitObject)
                .set("NGAY_VAO", XmlTime.minute(source.arrivalTime()))
                .set("MA_LOAI_KCB", source.encounterType())
                .set("MA_CSKCB", source.facilityCode())
                .set("NGAY_YL", XmlTime.minute(line.orderTime()));
        if (card.isPresent()) {
            row.set("MA_THE_BHYT", card.get().number().value())
                    .set("MA_DKBD", card.get().registeredFacility())
                    .set("GT_THE_TU", XmlTime.day(card.get().validFrom()))
                    .set("GT_THE_DEN", XmlTime.day(card.get().validTo()));
        } else {
            row.set("GT_THE_TU", XmlTime.day(source.arrivalTime().toLocalDate()));
        }
        if (inWard) {
            row.set("NGAY_VAO_NOI_TRU", XmlTime.minute(source.inpatientOrderTime()))
                    .set("LY_DO_VNT", source.admissionReason())
                    .set("MA_LY_DO_VNT", source.admissionReasonCode());
        }
        if (line.kind().isDrugTable()) {
            row.set("MA_THUOC", line.itemCode()).set("TEN_THUOC", line.itemName());
        } else if (line.kind() == OrderKind.SUPPLY) {
            row.set("MA_VAT_TU", line.supplyCode() != null ? line.supplyCode() : line.itemCode())
                    .set("TEN_VAT_TU", line.itemName());
        } else {
            row.set("MA_DICH_VU", line.serviceCode() != null ? line.serviceCode() : line.itemCode())
                    .set("TEN_DICH_VU", line.itemName());
        }
        return row.build();
    }
}
