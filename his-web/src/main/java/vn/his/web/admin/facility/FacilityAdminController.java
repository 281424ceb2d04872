package vn.his.web.admin.facility;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.core.common.DomainException;
import vn.his.web.admin.facility.FacilityAdministration.FacilityRow;
import vn.his.web.admin.facility.FacilityAdministration.GatewayInfo;
import vn.his.web.admin.facility.JobSchedules.JobRow;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail.Channel;

/**
 * Facilities and scheduled jobs for administrators ({@code /api/v1/admin}): the same services as the screens. Nothing
 * answered holds a secret: the gateway password and the keystore password are taken, stored encrypted and never sent
 * back. A refused keystore (unreadable file, wrong password, expired, no RSA key) is a 400 problem on its field.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
public class FacilityAdminController {

    /** Keystore refusals and the request field they are about. */
    private static final Map<String, String> CERT_FIELDS = Map.of("admin.cert.empty", "file",
            "admin.cert.unreadable", "file", "admin.cert.noKey", "alias", "admin.cert.notRsa", "file",
            "admin.cert.expired", "file", "admin.cert.notYetValid", "file");

    private final FacilityAdministration facilities;
    private final JobSchedules jobs;

    public FacilityAdminController(FacilityAdministration facilities, JobSchedules jobs) {
        this.facilities = facilities;
        this.jobs = jobs;
    }

    /** Body of a gateway account change: the password is stored encrypted and never answered. */
    public record GatewayAccountRequest(String username, String password) {
        @Override
        public String toString() {
            return "GatewayAccountRequest[username=" + username + ", password=***]";
        }
    }

    @GetMapping("/facilities")
    @Operation(summary = "Facilities with MA_CSKCB, levels, province, gateway user name and certificate (no secret)")
    public PageView<FacilityRow> list(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        return pageOf(facilities.list(), page, size);
    }

    @GetMapping("/facilities/{id}")
    @Operation(summary = "A facility (no secret)")
    public FacilityRow get(@PathVariable long id) {
        return facilities.get(id);
    }

    @PutMapping("/facilities/{id}/gateway-account")
    @Operation(summary = "Set the BHXH gateway account; the password is stored encrypted and never answered")
    public GatewayInfo gatewayAccount(@PathVariable long id, @RequestBody GatewayAccountRequest body) {
        if (body == null) {
            throw new InvalidRequestException("admin.gateway.username", "username");
        }
        return facilities.setGatewayAccount(id, body.username(), body.password(), Channel.API);
    }

    @PostMapping(path = "/facilities/{id}/certificate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the facility's PKCS#12 signing keystore (file, password, optional alias)")
    public CertificateInfo certificate(@PathVariable long id,
                                       @RequestParam(name = "file", required = false) MultipartFile file,
                                       @RequestParam(defaultValue = "") String password,
                                       @RequestParam(defaultValue = "") String alias) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            return facilities.uploadCertificate(id, content, password, alias, Channel.API);
        } catch (InvalidRequestException e) {
            throw e;
        } catch (DomainException e) {
            String field = CERT_FIELDS.get(e.messageKey());
            throw field == null ? e : InvalidRequestException.of(e, field);
        }
    }

    @GetMapping("/facilities/{id}/certificate")
    @Operation(summary = "The uploaded signing certificate: subject, issuer, serial, validity (404 when none)")
    public CertificateInfo certificate(@PathVariable long id) {
        return facilities.certificate(id);
    }

    @GetMapping("/jobs")
    @Operation(summary = "Quartz jobs with their schedule, last and next run (Vietnam time) and state")
    public PageView<JobRow> jobs(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        return pageOf(jobs.list(), page, size);
    }

    /** Facilities and triggers are a few hundred at most: the service lists them and the page is cut here. */
    private static <T> PageView<T> pageOf(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new PageView<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
