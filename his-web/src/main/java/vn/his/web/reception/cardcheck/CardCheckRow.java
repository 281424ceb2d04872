package vn.his.web.reception.cardcheck;

/**
 * One field of the card as recorded and as the gateway returned it.
 *
 * @param labelKey message key of the field's name
 * @param recorded what the facility recorded (dd/MM/yyyy for dates); empty when nothing is recorded
 * @param gateway  what the gateway returned; empty when it returned nothing
 * @param differs  both have a value and they differ
 */
public record CardCheckRow(String labelKey, String recorded, String gateway, boolean differs) {
}
