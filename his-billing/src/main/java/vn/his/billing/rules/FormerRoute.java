package vn.his.billing.rules;

/** The facility's tuyến before 01/01/2025; still needed by codes 1.12-1.14, 1.18, 3.1-3.3 of QĐ 3276. */
public enum FormerRoute {
    CENTRAL,
    PROVINCIAL,
    DISTRICT,
    COMMUNE
}
