package vn.his.export.xml;

/**
 * What XML13 MA_CSKCB_DI (QĐ 3176, Bảng 13, the field that replaced QĐ 4750's MA_NOI_DI) names. The 3176 appendix
 * has not been read [S: xml130.md], and public implementations read it two ways [C], so the reading is configured
 * ({@code his.export.xml13.ma-cskcb-di}) rather than decided here.
 */
public enum ReferralOrigin {

    /** XML1 MA_NOI_DI: the facility the patient was referred from (the QĐ 4750 wording of the replaced field). */
    PLACE_OF_ORIGIN("MA_NOI_DI"),
    /** XML1 MA_CSKCB: the facility issuing the referral letter. */
    ISSUING_FACILITY("MA_CSKCB");

    private final String xml1Element;

    ReferralOrigin(String xml1Element) {
        this.xml1Element = xml1Element;
    }

    /** The XML1 element MA_CSKCB_DI is taken from under this reading. */
    public String xml1Element() {
        return xml1Element;
    }

    /** The value of MA_CSKCB_DI for an encounter whose XML1 is {@code xml1}. */
    public String valueFrom(EncounterSummary xml1) {
        return switch (this) {
            case PLACE_OF_ORIGIN -> xml1.maNoiDi();
            case ISSUING_FACILITY -> xml1.maCskcb();
        };
    }
}
