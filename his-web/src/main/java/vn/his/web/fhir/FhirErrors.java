package vn.his.web.fhir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.r4.model.OperationOutcome;
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
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
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
        Throwable t = unwrap(thrown);
        if (t instanceof EncounterBundleImport.EntryFailedException entry) {
            return atEntry(entry, translate(entry.getCause(), request));
        }
        return translateOne(t, request);
    }

    /** HAPI wraps what a provider method throws (reflection, then InternalErrorException). */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof InternalErrorException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The error of a transaction entry with an OperationOutcome that names it: {@code Bundle.entry[i]} as the issue's
     * expression, and the entry's full URL before the message.
     */
    private static BaseServerResponseException atEntry(EncounterBundleImport.EntryFailedException entry,
                                                       BaseServerResponseException error) {
        String where = "Bundle.entry[" + entry.index() + "]";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(error.getStatusCode() == 500 ? OperationOutcome.IssueType.EXCEPTION
                        : error.getStatusCode() == 409 ? OperationOutcome.IssueType.DUPLICATE
                        : error.getStatusCode() == 403 ? OperationOutcome.IssueType.FORBIDDEN
                        : error.getStatusCode() == 404 ? OperationOutcome.IssueType.NOTFOUND
                        : error.getStatusCode() == 412 ? OperationOutcome.IssueType.MULTIPLEMATCHES
                        : error.getStatusCode() == 422 ? OperationOutcome.IssueType.BUSINESSRULE
                        : OperationOutcome.IssueType.INVALID)
                .setDiagnostics(where + (entry.fullUrl() == null ? "" : " (" + entry.fullUrl() + ")") + ": "
                        + error.getMessage())
                .addExpression(where);
        error.setOperationOutcome(outcome);
        return error;
    }

    private BaseServerResponseException translateOne(Throwable t, HttpServletRequest request) {
        if (t instanceof BaseServerResponseException fhir) {
            return fhir;
        }
        Locale locale = ApiLocale.of(request);
        if (t instanceof EncounterBundleImport.SeveralMatchesException m) {
            return new PreconditionFailedException(m.localizedMessage(locale));
        }
        if (t instanceof EncounterBundleImport.AlreadyImportedException a) {
            return new ResourceVersionConflictException(a.localizedMessage(locale));
        }
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
