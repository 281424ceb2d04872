/**
 * Billing: BHYT benefit rules as dated data ({@link vn.his.billing.rules}), the visit object
 * (MA_DOITUONG_KCB) of an encounter ({@link vn.his.billing.visit}) and the money of every line and encounter
 * under QĐ 4750 ({@link vn.his.billing.pricing}). Plain Java: no Spring, no JPA.
 */
package vn.his.billing;
