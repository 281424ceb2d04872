package vn.his.core.facility;

/**
 * The facility's route level (tuyến) as it was before 01/01/2025 (Luật BHYT 2014 art. 22; still needed after 2025
 * by the visit-object codes 1.14, 1.18, 3.1–3.3 of QĐ 3276/QĐ-BYT PL1).
 */
public enum RouteLevel {
    CENTRAL, PROVINCIAL, DISTRICT, COMMUNE
}
