package vn.his.core.encounter;

/**
 * Published when an order line is added: {@code firstOfEncounter} for the first cost of the encounter and
 * {@code firstInWard} for the first cost after the inpatient / day / outpatient-treatment order (QĐ 4750 Đ2 k2: the
 * check-in XML0 is sent at both moments). Listeners run in the same transaction.
 */
public record CostRecorded(Long encounterId, String maLk, int lineNo, boolean firstOfEncounter, boolean firstInWard) {
}
