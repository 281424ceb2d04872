package vn.his.web.admin.facility;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.GatewayAccount;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.SignedInUser;

/**
 * Facilities for administrators (issue 5): the list with MA_CSKCB, levels and province, read-only details, the BHXH
 * gateway account (stored by {@link GatewayAccountStore}, password encrypted, never shown back or logged) and the
 * uploaded signing certificate ({@link DatabaseKeystores}). Changes are written to the audit trail (resource FACILITY).
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Service
public class FacilityAdministration {

    private final FacilityRepository facilities;
    private final GatewayAccountStore accounts;
    private final DatabaseKeystores keystores;
    private final JdbcTemplate jdbc;
    private final AdminAccess admin;
    private final AuditTrail audit;
    private final ClinicalTime time;

    public FacilityAdministration(FacilityRepository facilities, GatewayAccountStore accounts,
                                  DatabaseKeystores keystores, JdbcTemplate jdbc, AdminAccess admin, AuditTrail audit,
                                  ClinicalTime time) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.keystores = keystores;
        this.jdbc = jdbc;
        this.admin = admin;
        this.audit = audit;
        this.time = time;
    }

    /** A facility in the list: code of today (MA_CSKCB), levels, province, and whether its delivery is set up. */
    public record FacilityRow(long id, String code, String name, String routeLevel, String careLevel,
                              Integer rankingPoints, String provinceCode, String address, String parentName,
                              boolean demoData, GatewayInfo gateway, CertificateInfo certificate) {
    }

    /** The gateway account as shown: the user name and when it was set (never the password). */
    public record GatewayInfo(String username, LocalDateTime updatedAt) {
    }

    @Transactional(readOnly = true)
    public List<FacilityRow> list() {
        admin.require();
        return facilities.findAll().stream().map(this::row)
                .sorted(Comparator.comparing(FacilityRow::provinceCode).thenComparing(FacilityRow::code)).toList();
    }

    @Transactional(readOnly = true)
    public FacilityRow get(long id) {
        admin.require();
        return row(find(id));
    }

    @Transactional
    public GatewayInfo setGatewayAccount(long facilityId, String username, String password, Channel channel) {
        admin.require();
        Facility f = find(facilityId);
        String code = code(f).orElseThrow(() -> new DomainException("admin.facility.noCode", f.name()));
        String user = username == null ? "" : username.strip();
        if (user.isEmpty() || user.length() > 100) {
            throw new InvalidRequestException("admin.gateway.username", "username");
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidRequestException("admin.gateway.password", "password");
        }
        accounts.save(new GatewayAccount(user, password, f.provinceCode(), code));
        audit.record(Action.UPDATE, Resource.FACILITY, f.id(), channel, "gateway account " + code + " username="
                + user);
        return gateway(code).orElseThrow();
    }

    @Transactional
    public CertificateInfo uploadCertificate(long facilityId, byte[] content, String password, String alias,
                                             Channel channel) {
        SignedInUser me = admin.require();
        Facility f = find(facilityId);
        String code = code(f).orElseThrow(() -> new DomainException("admin.facility.noCode", f.name()));
        DatabaseKeystores.Checked checked = keystores.check(content, password, alias);
        keystores.save(code, content, password, checked, me.getUsername());
        CertificateInfo info = keystores.info(code).orElseThrow();
        audit.record(Action.UPDATE, Resource.FACILITY, f.id(), channel, "signing certificate " + code
                + " subject=" + info.subject() + " serial=" + info.serialNumber() + " notAfter=" + info.notAfter());
        return info;
    }

    private FacilityRow row(Facility f) {
        Optional<String> code = code(f);
        GatewayInfo gateway = code.flatMap(this::gateway).orElse(null);
        CertificateInfo cert = code.flatMap(keystores::info).orElse(null);
        return new FacilityRow(f.id(), code.orElse("—"), f.name(), f.routeLevel().name(), f.careLevel().name(),
                f.rankingPoints(), f.provinceCode(), f.address(), f.parent() == null ? null : f.parent().name(),
                f.demoData(), gateway, cert);
    }

    /** The uploaded signing certificate of a facility (404 when none was uploaded). */
    @Transactional(readOnly = true)
    public CertificateInfo certificate(long facilityId) {
        admin.require();
        Facility f = find(facilityId);
        return code(f).flatMap(keystores::info)
                .orElseThrow(() -> new ResourceNotFoundException("admin.cert.notFound", f.name()));
    }

    private Optional<GatewayInfo> gateway(String facilityCode) {
        return jdbc.query("SELECT username, updated_at FROM gateway_account WHERE facility_code = ?",
                (rs, n) -> new GatewayInfo(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()), facilityCode)
                .stream().findFirst();
    }

    private Optional<String> code(Facility f) {
        return f.codeOn(time.today());
    }

    private Facility find(long id) {
        return facilities.findById(id).orElseThrow(() -> new ResourceNotFoundException("admin.facility.notFound", id));
    }

}
