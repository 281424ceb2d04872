package vn.his.export.claim;

import java.math.BigDecimal;

import vn.his.billing.pricing.EncounterTotals;

/**
 * The one place where billing's frozen {@link EncounterTotals} become the money fields of XML1 (QĐ 4750 Bảng 1).
 * Each field is the sum billing computed over the same lines the claim carries in XML2/XML3, so XML1 = Σ XML2/XML3
 * holds by construction; nothing is re-priced here.
 *
 * <p>T_BHTT is written as Bảng 1 defines it, T_TONGCHI_BH − T_BNCCT ({@link EncounterTotals#xml1FormulaBhtt()});
 * it differs from Σ T_BHTT of the lines only when other-source money reached the in-scope part of a line, a case
 * billing explains in its notes.
 */
record SummaryMoney(BigDecimal tThuoc, BigDecimal tVtyt, BigDecimal tTongchiBv, BigDecimal tTongchiBh,
                    BigDecimal tBntt, BigDecimal tBncct, BigDecimal tBhtt, BigDecimal tNguonkhac,
                    BigDecimal tBhttGdv) {

    static SummaryMoney of(EncounterTotals t) {
        return new SummaryMoney(t.tThuoc(), t.tVtyt(), t.tTongchiBv(), t.tTongchiBh(), t.tBntt(), t.tBncct(),
                t.xml1FormulaBhtt(), t.tNguonKhac(), t.tBhttGdv());
    }
}
