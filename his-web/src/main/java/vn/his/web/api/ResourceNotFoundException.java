package vn.his.web.api;

import vn.his.core.common.DomainException;

/** The record asked for does not exist (404 in the API, ResourceNotFound in FHIR). */
public class ResourceNotFoundException extends DomainException {
    public ResourceNotFoundException(String key, Object... args) {
        super(key, args);
    }
}
