package vn.his.web.reconcile;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.his.core.common.DomainException;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.StoredClaim;
import vn.his.export.reconcile.AssessmentImporter;
import vn.his.export.reconcile.ClaimHistoryEntry;
import vn.his.export.reconcile.ClaimReconciliation;
import vn.his.export.reconcile.ImportResult;
import vn.his.export.reconcile.ReconciliationQueries;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.claims.ClaimAccess;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;

/**
 * Claim tracking with its rules, for the API ({@link ReconciliationController}) and the screens
 * ({@link ClaimTrackingScreenController}) alike: billing clerks import the gateway's assessment results for their own
 * facility and administrators for all, insurance officers never (403); an import is shown again to its importer and to
 * administrators; a claim's history and reconciliation follow the claims scope (clerk own facility, officer province,
 * administrator all; 404 unknown MA_LK).
 */
@Service
public class ClaimTracking {

    private final AssessmentImporter importer;
    private final ReconciliationQueries queries;
    private final ClaimService claims;
    private final ClaimAccess claimAccess;
    private final AccessPolicy access;

    public ClaimTracking(AssessmentImporter importer, ReconciliationQueries queries, ClaimService claims,
                         ClaimAccess claimAccess, AccessPolicy access) {
        this.importer = importer;
        this.queries = queries;
        this.claims = claims;
        this.claimAccess = claimAccess;
        this.access = access;
    }

    /** Whether the signed-in user may import results (the screens hide the form otherwise). */
    public boolean mayImport() {
        return access.current().has(Role.BILLING_CLERK) || access.current().has(Role.ADMIN);
    }

    /**
     * Imports a result file. A missing or empty file, or one that cannot be read as a whole (format, size, XML
     * refused), is an {@link InvalidRequestException} on {@code file}: nothing is written.
     */
    public ImportResult importFile(MultipartFile file) throws IOException {
        access.requireAnyRole(Role.BILLING_CLERK, Role.ADMIN);
        List<String> facilities = claimAccess.readableCodes(null, "file");
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("reconcile.api.fileRequired", "file");
        }
        try {
            return importer.importFile(file.getBytes(), file.getOriginalFilename(), access.current().getUsername(),
                    facilities);
        } catch (DomainException e) {
            if (e.messageKey().startsWith("reconcile.file.") || e.messageKey().startsWith("export.xml.")) {
                // the file as a whole cannot be read: a malformed request, nothing was written
                throw InvalidRequestException.of(e, "file");
            }
            throw e;
        }
    }

    /** An earlier import: to its importer and to administrators (an import may hold rows of several facilities). */
    public ImportResult find(long id) {
        access.requireAnyRole(Role.BILLING_CLERK, Role.ADMIN);
        ImportResult result = importer.find(id)
                .orElseThrow(() -> new ResourceNotFoundException("reconcile.api.importNotFound", id));
        if (!access.current().getUsername().equals(result.importedBy())) {
            access.requireAnyRole(Role.ADMIN);
        }
        return result;
    }

    public List<ClaimHistoryEntry> history(String maLk) {
        readable(maLk);
        return queries.history(maLk);
    }

    public ClaimReconciliation reconciliation(String maLk) {
        readable(maLk);
        return queries.reconciliation(maLk);
    }

    private void readable(String maLk) {
        List<StoredClaim> versions = claims.versions(maLk);
        if (versions.isEmpty()) {
            throw new ResourceNotFoundException("claim.notFound", maLk);
        }
        claimAccess.requireRead(versions.get(versions.size() - 1));
    }
}
