package vn.his.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser-facing response headers of both filter chains, added to Spring Security's defaults (X-Content-Type-Options
 * nosniff, X-Frame-Options DENY, no-cache, HSTS on HTTPS requests): a Content-Security-Policy, Referrer-Policy
 * same-origin and a Permissions-Policy that turns off camera, microphone and geolocation.
 */
final class SecurityHeaders {

    /**
     * The screens: scripts, styles and everything else from this application only (htmx is served from its webjar, the
     * pages' scripts and styles are static files); no inline script, inline style or eval.
     */
    static final String SCREENS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Swagger UI: its bundle sets style attributes while rendering and its stylesheet draws icons from data: URIs;
     * its scripts are still files of this application only.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON and FHIR answers are never documents to render: nothing may load, nothing may frame them. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    private SecurityHeaders() {
    }

    /** Headers of the screen chain: Swagger UI's pages get their relaxed policy, every other page the strict one. */
    static Customizer<HeadersConfigurer<HttpSecurity>> screens() {
        RequestMatcher swaggerUi = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));
        return h -> common(h)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(SCREENS_POLICY)));
    }

    /** Headers of the {@code /api} and {@code /fhir} chain. */
    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return h -> common(h).contentSecurityPolicy(c -> c.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> h) {
        return h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }
}
