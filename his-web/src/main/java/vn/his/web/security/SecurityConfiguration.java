package vn.his.web.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import vn.his.web.api.SecurityErrorResponses;

/**
 * Two filter chains. {@code /api/**} and {@code /fhir/**}: HTTP Basic, stateless, no CSRF (no cookies are used), 401/403
 * as problem+json or OperationOutcome. Everything else (the screens): form login with a session and CSRF tokens on
 * every form. Public: the login page, static files, health, the OpenAPI document and the FHIR CapabilityStatement. Path rules here are coarse
 * (who may call a family of URLs at all); which facility's records a user may see is decided by {@link AccessPolicy} in
 * the services. Both chains send the headers of {@link SecurityHeaders} (Content-Security-Policy, Referrer-Policy,
 * Permissions-Policy) besides Spring's defaults.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in the export command, which runs without a web server
public class SecurityConfiguration {

    /** Roles that may read and send claims and exports (the claims and delivery pages and APIs). */
    static final String[] CLAIM_ROLES = {"INSURANCE_OFFICER", "BILLING_CLERK", "ADMIN"};

    @Bean
    public PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix in the stored hash lets a later algorithm coexist
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Lockout after repeated failed sign-ins (issue 5), user names counted in the shared table {@code login_lockout},
     * on the system clock unless a test defines a {@link Clock} bean named {@code loginThrottleClock} to move its time.
     */
    @Bean
    public LoginThrottle loginThrottle(@Qualifier("loginThrottleClock") ObjectProvider<Clock> clock, JdbcTemplate jdbc,
                                       @Value("${his.login.max-failures:5}") int maxFailures,
                                       @Value("${his.login.max-address-failures:50}") int maxAddressFailures,
                                       @Value("${his.login.failure-window:PT15M}") Duration window,
                                       @Value("${his.login.lock-duration:PT15M}") Duration lockDuration) {
        return new LoginThrottle(clock.getIfAvailable(Clock::systemUTC), maxFailures, maxAddressFailures, window,
                lockDuration, new JdbcLockoutStore(jdbc));
    }

    /** The users loaded for sign-in, remembered a few seconds ({@link RecentUsers}; evicted by user administration). */
    @Bean
    public RecentUsers recentUsers(@Value("${his.login.user-cache-ttl:PT5S}") Duration ttl) {
        return new RecentUsers(ttl, 10_000, Clock.systemUTC());
    }

    /** The only authentication provider: the users of {@code web_user}, behind the throttle. */
    @Bean
    public ThrottledAuthenticationProvider authenticationProvider(HisUserDetailsService users, PasswordEncoder encoder,
                                                                  LoginThrottle throttle, RecentUsers recentUsers,
                                                                  @Value("${his.login.verified-ttl:PT5M}") Duration verifiedTtl,
                                                                  @Value("${his.login.verified-capacity:10000}") int verifiedCapacity) {
        // HTTP Basic checks the password on every API call: successes are remembered for a few minutes
        return new ThrottledAuthenticationProvider(users,
                new RecentlyVerifiedPasswords(encoder, verifiedTtl, verifiedCapacity, Clock.systemUTC()), throttle,
                recentUsers);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiFilterChain(HttpSecurity http, SecurityErrorResponses errors) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/fhir/metadata").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/claims/**", "/api/v1/exports/**", "/api/v1/submissions/**")
                        .hasAnyRole(CLAIM_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(SecurityHeaders.api());
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain screenFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/favicon.ico", "/*.css", "/*.js", "/vendor/**",
                                "/webjars/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/claims/**", "/exports/**", "/deliveries/**", "/officer/**", "/reports/**")
                        .hasAnyRole(CLAIM_ROLES)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // Basic too, for scripts and tests reading pages; a browser is sent to the form (no Basic challenge)
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                // session fixation: Spring's default changes the session id at sign-in (changeSessionId), kept
                .headers(SecurityHeaders.screens());
        return http.build();
    }
}
