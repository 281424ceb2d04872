package vn.his.billing.settlement;

/**
 * What a frozen line charged, as the cost statement names it: catalogue code, name and unit of the order line at
 * the time the version was frozen (a later correction may change the live line; the statement of an old version
 * keeps its own words).
 */
public record ChargedItem(String code, String name, String unit) {
}
