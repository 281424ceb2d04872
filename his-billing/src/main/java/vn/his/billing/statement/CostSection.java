package vn.his.billing.statement;

import java.util.Set;

/**
 * The cost sections of the patient's cost statement (bảng kê chi phí khám bệnh, chữa bệnh, Mẫu 01/KBCB of
 * QĐ 6556/QĐ-BYT, replaced by QĐ 697/QĐ-BYT 2026 with the same cost sections), in the form's order, each the
 * cost groups MA_NHOM of QĐ 5937 PL3 (+ 19 by QĐ 4750) it gathers (xml130 §4.4: XML1 has no group subtotals, the
 * statement computes them).
 */
public enum CostSection {
    EXAM(13),
    BED(14, 15, 16),
    LAB(1),
    IMAGING(2),
    FUNCTIONAL(3),
    PROCEDURE(8, 18),
    SERVICE_WITH_RATIO(9),
    BLOOD(7, 17),
    DRUG(4, 5, 6),
    SUPPLY(10, 11),
    TRANSPORT(12),
    OTHER(19);

    private final Set<Integer> costGroups;

    CostSection(Integer... costGroups) {
        this.costGroups = Set.of(costGroups);
    }

    /** Message key of the heading in {@code i18n/billing}. */
    public String headingKey() {
        return "billing.statement.section." + name();
    }

    public static CostSection of(int costGroup) {
        for (CostSection s : values()) {
            if (s.costGroups.contains(costGroup)) {
                return s;
            }
        }
        throw new IllegalArgumentException("MA_NHOM " + costGroup);
    }
}
