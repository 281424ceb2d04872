package vn.his.web.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.web.security.AccessRefusedException;

/**
 * RFC 9457 problem+json for every REST controller ({@code @RestController}, whichever package): field errors of bean
 * validation → 400 with {@code errors: [{field, code, message}]}; a malformed parameter or body → 400; not signed in →
 * 401; another facility's record or a forbidden role → 403; a record that does not exist → 404; possible duplicate
 * patients → 409 with {@code duplicates}; a concurrent change → 409; a refused domain rule ({@link DomainException}) →
 * 422 with its message in Vietnamese, or English when Accept-Language asks for it, and {@code code} = the message key.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(DuplicatePatientsException.class)
    ResponseEntity<ProblemDetail> duplicates(DuplicatePatientsException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        ProblemDetail p = problem(HttpStatus.CONFLICT, locale, e.localizedMessage(locale), request);
        p.setProperty("code", "patient.possibleDuplicate");
        p.setProperty("duplicates", e.duplicates());
        return respond(p);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        String message = e.localizedMessage(locale);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, locale, message, request);
        p.setProperty("code", e.messageKey());
        p.setProperty("errors", List.of(error(e.field(), e.messageKey(), message)));
        return respond(p);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        String message = e.localizedMessage(locale);
        boolean notFound = e instanceof ResourceNotFoundException || e.messageKey().endsWith(".notFound");
        ProblemDetail p = problem(notFound ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT, locale, message,
                request);
        p.setProperty("code", e.messageKey());
        String field = DomainFields.fieldOf(e.messageKey());
        if (!notFound && field != null) {
            p.setProperty("errors", List.of(error(field, e.messageKey(), message)));
        }
        return respond(p);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        String message = e instanceof AccessRefusedException r ? r.localizedMessage(locale)
                : Messages.get(locale, "problem.403.detail");
        return respond(problem(HttpStatus.FORBIDDEN, locale, message, request));
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationCredentialsNotFoundException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        return respond(problem(HttpStatus.UNAUTHORIZED, locale, Messages.get(locale, "problem.401.detail"), request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        return respond(problem(HttpStatus.CONFLICT, locale, Messages.get(locale, "problem.409.concurrent"), request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        String message = Messages.get(locale, "problem.field.invalid", String.valueOf(e.getValue()));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, locale, Messages.get(locale, "problem.400.detail"), request);
        p.setProperty("errors", List.of(error(e.getName(), "invalid", message)));
        return respond(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        if (DatabaseUnavailable.causedBy(e)) {
            // the database is down or restarting: the request is fine and succeeds when it is sent again
            LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, locale,
                    Messages.get(locale, "problem.503.database"), request);
            p.setProperty("code", "problem.503.database");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(p);
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, locale, Messages.get(locale, "problem.500.detail"),
                request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        HttpServletRequest http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        Locale locale = ApiLocale.of(http);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, locale, Messages.get(locale, "problem.400.detail"), http);
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            String code = f.getCode() == null ? "invalid" : f.getCode();
            String message = "NotNull".equals(code) || "NotBlank".equals(code) || "NotEmpty".equals(code)
                    ? Messages.get(locale, "problem.field.required")
                    : Messages.get(locale, "problem.field.invalid", String.valueOf(f.getRejectedValue()));
            errors.add(error(f.getField(), code, message));
        }
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(PROBLEM).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        HttpServletRequest http = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        Locale locale = ApiLocale.of(http);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, locale, Messages.get(locale, "problem.400.unreadable"), http);
        return ResponseEntity.badRequest().contentType(PROBLEM).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (r == null) {
            return null;
        }
        return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders()).contentType(PROBLEM).body(r.getBody());
    }

    static ProblemDetail problem(HttpStatus status, Locale locale, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        String titleKey = "problem." + status.value() + ".title";
        p.setTitle(Messages.get(locale, titleKey));
        if (request != null) {
            p.setInstance(URI.create(request.getRequestURI()));
        }
        return p;
    }

    static Map<String, String> error(String field, String code, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("code", code);
        m.put("message", message);
        return m;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(PROBLEM).body(p);
    }
}
