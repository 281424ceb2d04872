package vn.his.export.report;

/**
 * The item forms of the reconciliation set (bhyt-rules.md §6.1): 19/BHYT medical supplies, 20/BHYT drugs, chemicals
 * and blood, 21/BHYT technical services and transport. Every XML2/XML3 line belongs to exactly one of them, by its
 * MA_NHOM ({@link CostGroup}): supplies (10, 11) to 19, drugs and blood (4, 5, 6, 7, 17) to 20, everything else
 * (examination, beds, tests, imaging, procedures, transport, other services) to 21 — so the three forms together
 * add up to the Σ THANH_TIEN_BV of the lines.
 */
public enum ItemForm {
    SUPPLIES("19/BHYT", "items.form.supplies"),
    DRUGS("20/BHYT", "items.form.drugs"),
    SERVICES("21/BHYT", "items.form.services");

    private final String formNumber;
    private final String messageKey;

    ItemForm(String formNumber, String messageKey) {
        this.formNumber = formNumber;
        this.messageKey = messageKey;
    }

    public String formNumber() {
        return formNumber;
    }

    /** The form's title (and sheet name with {@link #sheetName()}). */
    public String messageKey() {
        return messageKey;
    }

    /** The sheet name: "Mẫu 19-BHYT" ('/' is not allowed in a sheet name). */
    public String sheetName() {
        return "Mẫu " + formNumber.replace('/', '-');
    }

    /** The form of an XML2/XML3 line by its MA_NHOM. */
    public static ItemForm ofMaNhom(String maNhom) {
        return switch (CostGroup.ofMaNhom(maNhom)) {
            case SUPPLY -> SUPPLIES;
            case DRUG, BLOOD -> DRUGS;
            default -> SERVICES;
        };
    }
}
