package vn.his.core.encounter;

/**
 * What an order line is. DRUG and BLOOD go to XML2 (Bảng 2); the others to XML3 (Bảng 3). The cost group MA_NHOM
 * (QĐ 5937 PL3 + 19 by QĐ 4750) must agree with the kind.
 */
public enum OrderKind {
    DRUG(4, 5, 6),
    BLOOD(7, 17),
    SERVICE(1, 2, 3, 8, 9, 13, 18, 19),
    BED(14, 15, 16),
    SUPPLY(10, 11),
    TRANSPORT(12);

    private final int[] costGroups;

    OrderKind(int... costGroups) {
        this.costGroups = costGroups;
    }

    public boolean allows(int costGroup) {
        for (int g : costGroups) {
            if (g == costGroup) {
                return true;
            }
        }
        return false;
    }

    public boolean isDrugTable() {
        return this == DRUG || this == BLOOD;
    }
}
