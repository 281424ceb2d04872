package vn.his.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettledEncounter;

/**
 * One frozen settlement version: number, the correction reason (null for version 1), who settled it and when, the
 * payment (null while discharged unpaid), the link to its cost statement and, in the detail, the bill.
 */
public record VersionView(long encounterId, String maLk, int version, String reason, LocalDateTime settledAt,
                          String settledBy, PaymentView payment, BigDecimal patientDue, String costStatement,
                          BillView bill) {

    /** NGAY_TTOAN and how it was paid. */
    public record PaymentView(PaymentMethod method, LocalDateTime paidAt, BigDecimal amount, String reference) {
        static PaymentView of(Payment p) {
            return p == null ? null : new PaymentView(p.method(), p.paidAt(), p.amount(), p.reference());
        }
    }

    public static VersionView of(SettledEncounter s, BillView bill) {
        return new VersionView(s.encounterId(), s.maLk(), s.version(), s.reason(), s.settledAt(), s.settledBy(),
                PaymentView.of(s.payment()), BillView.patientDue(s.priced()), costStatement(s.encounterId(),
                s.version()), bill);
    }

    public static String costStatement(long encounterId, int version) {
        return "/encounters/" + encounterId + "/cost-statement?version=" + version;
    }

    public boolean paid() {
        return payment != null;
    }
}
