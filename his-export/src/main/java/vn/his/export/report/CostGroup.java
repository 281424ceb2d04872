package vn.his.export.report;

/**
 * The cost groups of the 79a/80a lists (bhyt-rules.md §6.1 "Cost" columns), each a set of MA_NHOM codes of XML2/XML3
 * (xml130.md §4.4, QĐ 5937/QĐ-BYT PL3 + group 19 added by QĐ 4750). T_XN, T_CDHA… are not XML 130 fields: the
 * subtotals are computed from the lines' THANH_TIEN_BV.
 */
public enum CostGroup {
    /** MA_NHOM 13 Khám bệnh. */
    EXAM("report.cost.exam"),
    /** MA_NHOM 14 giường ban ngày/ngoại trú, 15 giường nội trú, 16 giường lưu. */
    BED("report.cost.bed"),
    /** MA_NHOM 1 Xét nghiệm. */
    TEST("report.cost.test"),
    /** MA_NHOM 2 Chẩn đoán hình ảnh, 3 Thăm dò chức năng. */
    IMAGING("report.cost.imaging"),
    /** MA_NHOM 8 Phẫu thuật, 18 Thủ thuật, 9 DVKT thanh toán theo tỷ lệ. */
    PROCEDURE("report.cost.procedure"),
    /** MA_NHOM 4, 5, 6 thuốc (XML2). */
    DRUG("report.cost.drug"),
    /** MA_NHOM 7 Máu và chế phẩm máu, 17 Chế phẩm máu (XML2). */
    BLOOD("report.cost.blood"),
    /** MA_NHOM 10 VTYT trong danh mục, 11 VTYT thanh toán theo tỷ lệ (XML1 T_VTYT). */
    SUPPLY("report.cost.supply"),
    /** MA_NHOM 12 Vận chuyển. */
    TRANSPORT("report.cost.transport"),
    /** MA_NHOM 19 Dịch vụ khác (QĐ 4750), and any code outside the list, so the groups always add up to T_TONGCHI_BV. */
    OTHER("report.cost.other");

    private final String messageKey;

    CostGroup(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The group of an XML2/XML3 MA_NHOM (xml130.md §4.4). */
    public static CostGroup ofMaNhom(String maNhom) {
        int code;
        try {
            code = Integer.parseInt(maNhom == null ? "" : maNhom.trim());
        } catch (NumberFormatException e) {
            return OTHER;
        }
        return switch (code) {
            case 13 -> EXAM;
            case 14, 15, 16 -> BED;
            case 1 -> TEST;
            case 2, 3 -> IMAGING;
            case 8, 9, 18 -> PROCEDURE;
            case 4, 5, 6 -> DRUG;
            case 7, 17 -> BLOOD;
            case 10, 11 -> SUPPLY;
            case 12 -> TRANSPORT;
            default -> OTHER;
        };
    }
}
