package vn.his.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import vn.his.core.common.ClinicalTime;
import vn.his.core.i18n.Messages;
import vn.his.web.security.AccessRefusedException;
import vn.his.web.security.TemporarilyLockedException;

/**
 * 401 and 403 raised by the security filters before any controller runs: RFC 9457 problem+json under {@code /api},
 * a FHIR OperationOutcome under {@code /fhir}. A 401 also names the Basic scheme (WWW-Authenticate).
 */
@Component
public class SecurityErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SecurityErrorResponses.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TemporarilyLockedException locked) {
            tooManyFailures(request, response, locked);
            return;
        }
        Locale locale = ApiLocale.of(request);
        if (DatabaseUnavailable.causedBy(e)) {
            // the user could not be looked up because the database is down: not a wrong password (not counted by
            // the throttle either, see ThrottledAuthenticationProvider), so no 401
            LOG.warn("Database unavailable while signing in on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Messages.get(locale, "problem.503.title"),
                    Messages.get(locale, "problem.503.database"), "transient");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"HIS\", charset=\"UTF-8\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, Messages.get(locale, "problem.401.title"),
                Messages.get(locale, "problem.401.detail"), "login");
    }

    /** 429 with Retry-After (seconds) while the user name or address is locked (issue 5, {@code LoginThrottle}). */
    private static void tooManyFailures(HttpServletRequest request, HttpServletResponse response,
                                        TemporarilyLockedException e) throws IOException {
        long seconds = Math.max(1, e.remaining().toSeconds() + (e.remaining().toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        Locale locale = ApiLocale.of(request);
        String until = UNTIL.format(e.until().atZone(ClinicalTime.VIETNAM));
        write(request, response, 429, Messages.get(locale, "problem.429.title"),
                Messages.get(locale, "problem.429.detail", until), "throttled");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Locale locale = ApiLocale.of(request);
        String detail = e instanceof AccessRefusedException r ? r.localizedMessage(locale)
                : Messages.get(locale, "problem.403.detail");
        write(request, response, HttpServletResponse.SC_FORBIDDEN, Messages.get(locale, "problem.403.title"), detail,
                "forbidden");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String detail, String fhirIssueCode) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String body;
        if (path.startsWith("/fhir")) {
            response.setContentType("application/fhir+json;charset=UTF-8");
            body = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                    + fhirIssueCode + "\",\"diagnostics\":" + Json.string(detail) + "}]}";
        } else {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = "{\"type\":\"about:blank\",\"title\":" + Json.string(title) + ",\"status\":" + status
                    + ",\"detail\":" + Json.string(detail) + ",\"instance\":" + Json.string(path) + "}";
        }
        response.setStatus(status);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The smallest JSON string writer: quotes, backslashes and control characters escaped. */
    static final class Json {
        private Json() {
        }

        static String string(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
