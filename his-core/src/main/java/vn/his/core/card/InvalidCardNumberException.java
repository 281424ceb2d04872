package vn.his.core.card;

import vn.his.core.common.DomainException;

/** The card code or a card field breaks its rule; the message says which position is wrong. */
public class InvalidCardNumberException extends DomainException {
    public InvalidCardNumberException(String key, Object... args) {
        super(key, args);
    }
}
