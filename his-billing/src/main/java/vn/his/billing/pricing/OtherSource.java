package vn.his.billing.pricing;

/** The four other-source fields of XML2/XML3 (T_NGUONKHAC_NSNN, _VTNN, _VTTN, _CL). */
public enum OtherSource {
    /** State budget. */
    NSNN,
    /** Foreign aid. */
    VTNN,
    /** Domestic donors. */
    VTTN,
    /** Any other source. */
    CL
}
