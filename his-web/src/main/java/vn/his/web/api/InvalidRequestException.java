package vn.his.web.api;

import vn.his.core.common.DomainException;

/** A request parameter is malformed or out of range (400 with the parameter in {@code errors}). */
public class InvalidRequestException extends DomainException {

    private final String field;

    public InvalidRequestException(String key, String field, Object... args) {
        super(key, args);
        this.field = field;
    }

    /** A domain refusal of a request value, answered as 400 on {@code field} with the same key and arguments. */
    public static InvalidRequestException of(DomainException refused, String field) {
        InvalidRequestException e = new InvalidRequestException(refused.messageKey(), field, refused.arguments());
        e.initCause(refused);
        return e;
    }

    public String field() {
        return field;
    }
}
