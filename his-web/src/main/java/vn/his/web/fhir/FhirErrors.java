package vn.his.web.fhir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.web.api.ApiLocale;
import vn.his.web.api.DuplicatePatientsException;
import vn.his.web.security.AccessRefusedException;

/**
 * Errors of the FHIR endpoint as OperationOutcome with the same statuses as the REST API: malformed → 400, not
 * signed in → 401, another facility → 403, missing → 404, possible duplicate or concurrent change → 409, refused
 * domain rule → 422; messages in Vietnamese or English (Accept-Language).
 */
@Interceptor
public class FhirErrors {

    private static final Logger LOG = LoggerFactory.getLogger(FhirErrors.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(Throwable thrown, HttpServletRequest request) {
        Throwable t = thrown;
        // HAPI wraps what a provider method throws (reflection, then InternalErrorException)
        while ((t instanceof InternalErrorException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BaseServerResponseException fhir) {
            return fhir;
        }
        Locale locale = ApiLocale.of(request);
        if (t instanceof DuplicatePatientsException d) {
            return new ResourceVersionConflictException(d.localizedMessage(locale) + " " + d.duplicates());
        }
        if (t instanceof vn.his.web.api.InvalidRequestException i) {
            return new InvalidRequestException(i.localizedMessage(locale));
        }
        if (t instanceof DomainException d) {
            if (d instanceof vn.his.web.api.ResourceNotFoundException || d.messageKey().endsWith(".notFound")) {
                return new ResourceNotFoundException(d.localizedMessage(locale));
            }
            return new UnprocessableEntityException(d.localizedMessage(locale));
        }
        if (t instanceof AccessDeniedException a) {
            return new ForbiddenOperationException(a instanceof AccessRefusedException r ? r.localizedMessage(locale)
                    : Messages.get(locale, "problem.403.detail"));
        }
        if (t instanceof AuthenticationCredentialsNotFoundException) {
            return new AuthenticationException(Messages.get(locale, "problem.401.detail"));
        }
        if (t instanceof OptimisticLockingFailureException) {
            return new ResourceVersionConflictException(Messages.get(locale, "problem.409.concurrent"));
        }
        LOG.error("Unexpected FHIR error on {} {}", request.getMethod(), request.getRequestURI(), t);
        return new InternalErrorException(Messages.get(locale, "problem.500.detail"));
    }
}
