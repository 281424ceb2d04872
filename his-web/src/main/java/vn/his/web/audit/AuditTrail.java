package vn.his.web.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.his.web.api.PageView;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.SignedInUser;

/**
 * Writes and finds audit events. Called at the edge (controllers, FHIR providers) after the access policy has let the
 * request through, so a refused (403) read leaves no row. Failures are not caught: a read whose audit row cannot be
 * written fails; a change records inside the caller's transaction so a rolled-back change leaves no row.
 */
@Component
public class AuditTrail {

    public enum Action { VIEW, CREATE, UPDATE }
    /** What was touched; the administrators' changes (issue 5) use USER (a web_user id), CATALOG and FACILITY (a facility id). */
    public enum Resource { PATIENT, ENCOUNTER, SUBMISSION, USER, CATALOG, FACILITY }
    public enum Channel { SCREEN, API, FHIR }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String INSERT = "INSERT INTO audit_event (at, username, facility_id, role, action,"
            + " resource_type, resource_id, channel, request_path, remote_addr, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final TransactionTemplate tx;
    private final ChangeAdmission admission;

    public AuditTrail(JdbcTemplate jdbc, AccessPolicy policy, PlatformTransactionManager transactions,
                      ChangeAdmission admission) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.tx = new TransactionTemplate(transactions);
        this.admission = admission;
    }

    /**
     * Runs a change and records it in one transaction (the service's own {@code @Transactional} joins it): if the
     * change or the audit insert fails, both roll back. The transaction starts when {@link ChangeAdmission} gives the
     * change its turn.
     */
    public <T> T change(Action action, Resource resource, Channel channel, Supplier<T> work, Function<T, Long> idOf) {
        return admission.run(() -> tx.execute(status -> {
            T result = work.get();
            record(action, resource, idOf.apply(result), channel);
            return result;
        }));
    }

    /** As {@link #change} for a change of a known record that returns nothing. */
    public void change(Action action, Resource resource, long id, Channel channel, Runnable work) {
        admission.run(() -> tx.execute(status -> {
            work.run();
            record(action, resource, id, channel);
            return null;
        }));
    }

    /**
     * One VIEW per listed id (a list or an export shows each record it returns), written as one JDBC batch of the same
     * insert, not one statement per row: an export of a province's month names tens of thousands of encounters (with
     * MySQL Connector/J's {@code rewriteBatchedStatements=true} the batch becomes multi-row INSERTs). Nothing is written
     * for an empty list.
     */
    public void viewAll(Resource resource, Collection<Long> ids, Channel channel) {
        if (ids.isEmpty()) {
            return;
        }
        Object[] common = common(Action.VIEW, resource, channel);
        List<Object[]> rows = ids.stream().map(id -> row(common, id, null)).toList();
        tx.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
    }

    public void record(Action action, Resource resource, long resourceId, Channel channel) {
        record(action, resource, resourceId, channel, null);
    }

    /**
     * As {@link #record(Action, Resource, long, Channel)} with what the change did ({@code detail}, at most 500
     * characters; never a password or other secret).
     */
    public void record(Action action, Resource resource, long resourceId, Channel channel, String detail) {
        jdbc.update(INSERT, row(common(action, resource, channel), resourceId, truncate(detail, 500)));
    }

    /**
     * The columns of a row but its id and detail: time, user, facility, roles, action, resource type, channel, request
     * path (never the query string) and remote address.
     */
    private Object[] common(Action action, Resource resource, Channel channel) {
        SignedInUser u = policy.current();
        HttpServletRequest req = currentRequest();
        String roles = u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return new Object[] {Timestamp.valueOf(LocalDateTime.now(ZONE)), u.getUsername(), u.facilityId(), roles,
                action.name(), resource.name(), channel.name(),
                req == null ? null : truncate(req.getRequestURI(), 255), req == null ? null : req.getRemoteAddr()};
    }

    /** The parameters of {@link #INSERT} in its column order. */
    private static Object[] row(Object[] c, long resourceId, String detail) {
        return new Object[] {c[0], c[1], c[2], c[3], c[4], c[5], resourceId, c[6], c[7], c[8], detail};
    }

    public void view(Resource resource, long id, Channel channel) {
        record(Action.VIEW, resource, id, channel);
    }

    /** Filters of the administrators' query; null means any. */
    public record Query(String resourceType, Long resourceId, String username, LocalDateTime from, LocalDateTime to) {
    }

    public PageView<AuditEvent> find(Query q, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.resourceType() != null) { where.append(" AND resource_type = ?"); args.add(q.resourceType()); }
        if (q.resourceId() != null) { where.append(" AND resource_id = ?"); args.add(q.resourceId()); }
        if (q.username() != null) { where.append(" AND username = ?"); args.add(q.username()); }
        if (q.from() != null) { where.append(" AND at >= ?"); args.add(Timestamp.valueOf(q.from())); }
        if (q.to() != null) { where.append(" AND at < ?"); args.add(Timestamp.valueOf(q.to())); }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditEvent> items = jdbc.query("SELECT * FROM audit_event" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toLocalDateTime(),
                        rs.getString("username"), (Long) rs.getObject("facility_id", Long.class), rs.getString("role"),
                        rs.getString("action"), rs.getString("resource_type"), rs.getLong("resource_id"),
                        rs.getString("channel"), rs.getString("request_path"), rs.getString("remote_addr"),
                        rs.getString("detail")),
                pageArgs.toArray());
        return new PageView<>(items, page, size, total == null ? 0 : total);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
