package vn.his.billing.pricing;

/** PHAM_VI of an XML2/XML3 line (QĐ 4750 Bảng 2 field PHAM_VI). */
public enum Scope {
    /** 1: in the BHYT benefit scope. */
    IN_SCOPE(1),
    /** 2: outside the scope: THANH_TIEN_BH = 0. */
    OUT_OF_SCOPE(2),
    /** 3: outside the list but paid for armed forces, police, cipher (NĐ 70/2015); level-5 cards only. */
    ARMED_FORCES(3);

    private final int code;

    Scope(int code) {
        this.code = code;
    }

    /** The value written in PHAM_VI. */
    public int code() {
        return code;
    }
}
