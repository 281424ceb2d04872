package vn.his.web.claims;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;

/**
 * Errors of the claim API as RFC 9457 problem details ({@code application/problem+json}): a refused request is
 * 400 with the domain message in the caller's language and its message key as {@code code}; an unknown claim 404.
 */
@RestControllerAdvice(assignableTypes = ClaimsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API-wide handler, whose catch-all would answer 500 for these
public class ClaimsProblems {

    /** A claim or encounter that does not exist. */
    static final class NotFound extends RuntimeException {
        final DomainException cause;

        NotFound(DomainException cause) {
            super(cause.getMessage());
            this.cause = cause;
        }
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, e.cause, locale);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, e, locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, new DomainException("claim.api.unreadable"), locale);
    }

    private static ProblemDetail problem(HttpStatus status, DomainException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.localizedMessage(locale));
        problem.setTitle(Messages.get(locale, status == HttpStatus.NOT_FOUND ? "claim.api.notFoundTitle"
                : "claim.api.refusedTitle"));
        problem.setType(URI.create("urn:his:problem:" + e.messageKey()));
        problem.setProperty("code", e.messageKey());
        return problem;
    }
}
