package vn.his.web.api;

import vn.his.core.common.DomainException;

/** A request parameter is malformed or out of range (400 with the parameter in {@code errors}). */
public class InvalidRequestException extends DomainException {

    private final String field;

    public InvalidRequestException(String key, String field, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
