package vn.his.billing.pricing;

/** Which XML table a line belongs to; the money formulas differ slightly (QĐ 4750 Bảng 2 / Bảng 3). */
public enum LineTable {
    /** XML2: drugs, blood and blood products (MA_NHOM 4, 5, 6, 7, 17); one unit price DON_GIA. */
    DRUG,
    /** XML3: services, supplies, beds, exams, transport (other MA_NHOM); DON_GIA_BV and DON_GIA_BH. */
    SERVICE
}
