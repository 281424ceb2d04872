package vn.his.web.officer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.claim.StoredFinding;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.billing.StatementFormat;
import vn.his.web.claims.ClaimAccess;
import vn.his.web.officer.OfficerQueries.ClaimRow;
import vn.his.web.officer.OfficerQueries.DayCount;
import vn.his.web.officer.OfficerQueries.FacilityFigures;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.FacilityScope;
import vn.his.web.submissions.SubmissionDetail;
import vn.his.web.submissions.SubmissionService;

/**
 * What the insurance officer's screens show, scoped here (not in the pages) by {@link ClaimAccess}: an insurance
 * officer sees the facilities of their province, a billing clerk their own facility, an administrator all; a facility
 * or claim outside the scope is refused (403), whatever the URL.
 */
@Service
public class OfficerService {

    private final OfficerQueries queries;
    private final ClaimAccess claimAccess;
    private final AccessPolicy access;
    private final FacilityRepository facilities;
    private final ClaimService claims;
    private final ClaimStore store;
    private final SubmissionService submissions;
    private final ClinicalTime time;

    public OfficerService(OfficerQueries queries, ClaimAccess claimAccess, AccessPolicy access,
                          FacilityRepository facilities, ClaimService claims, ClaimStore store,
                          SubmissionService submissions, ClinicalTime time) {
        this.queries = queries;
        this.claimAccess = claimAccess;
        this.access = access;
        this.facilities = facilities;
        this.claims = claims;
        this.store = store;
        this.submissions = submissions;
        this.time = time;
    }

    /** A facility the user may pick: its current MA_CSKCB and name. */
    public record FacilityOption(String code, String name) {
    }

    public record Dashboard(LocalDate from, LocalDate to, List<DayCount> perDay, List<FacilityFigures> perFacility,
                            long claims, long accepted, long refused) {
    }

    /** One claim: every version, the one shown with its tables and findings, and its submissions with attempts. */
    public record ClaimPage(List<StoredClaim> versions, StoredClaim shown, List<ClaimTables.Table> tables,
                            List<StoredFinding> findings, List<SubmissionDetail> submissions, boolean canRequeue) {
    }

    public LocalDate today() {
        return time.today();
    }

    /** The facilities in the user's scope, by name. */
    @Transactional(readOnly = true)
    public List<FacilityOption> facilityOptions() {
        claimAccess.requireClaimRole();
        FacilityScope scope = access.scope();
        List<Facility> list = scope.all() ? facilities.findAll()
                : scope.facilityId() != null ? facilities.findById(scope.facilityId()).stream().toList()
                : facilities.findByProvinceCodeOrderByName(scope.provinceCode());
        LocalDate today = time.today();
        return list.stream().filter(f -> f.codeOn(today).isPresent())
                .sorted(Comparator.comparing(Facility::name))
                .map(f -> new FacilityOption(f.codeOn(today).orElseThrow(), f.name())).toList();
    }

    /** Facility names by every code (current and former) of the facilities in scope. */
    @Transactional(readOnly = true)
    public Map<String, String> facilityNames() {
        FacilityScope scope = access.scope();
        List<Facility> list = scope.all() ? facilities.findAll()
                : scope.facilityId() != null ? facilities.findById(scope.facilityId()).stream().toList()
                : facilities.findByProvinceCodeOrderByName(scope.provinceCode());
        return list.stream().flatMap(f -> f.codes().stream().map(c -> Map.entry(c.code(), f.name())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(String facility, LocalDate from, LocalDate to) {
        List<String> codes = codes(facility);
        List<FacilityFigures> perFacility = queries.perFacility(codes, from, to);
        return new Dashboard(from, to, queries.claimsPerDay(codes, from, to), perFacility,
                perFacility.stream().mapToLong(FacilityFigures::claims).sum(),
                perFacility.stream().mapToLong(FacilityFigures::accepted).sum(),
                perFacility.stream().mapToLong(FacilityFigures::refused).sum());
    }

    @Transactional(readOnly = true)
    public PageView<ClaimRow> claims(String facility, LocalDate from, LocalDate to, ClaimState state, int page,
                                     int size) {
        PageView.check(page, size);
        return queries.claims(codes(facility), from, to, state, page, size);
    }

    /** 404 for an unknown MA_LK or version, 403 for a claim of a facility outside the scope. */
    @Transactional(readOnly = true)
    public ClaimPage claim(String maLk, Integer version, StatementFormat fmt) {
        List<StoredClaim> versions = claims.versions(maLk);
        if (versions.isEmpty()) {
            throw new ResourceNotFoundException("claim.notFound", maLk);
        }
        StoredClaim latest = versions.get(versions.size() - 1);
        claimAccess.requireRead(latest);
        StoredClaim shown = version == null ? latest : versions.stream().filter(v -> v.claimNo() == version)
                .findFirst().orElseThrow(() -> new ResourceNotFoundException("officer.versionNotFound", maLk,
                        String.valueOf(version)));
        return new ClaimPage(versions, shown, ClaimTables.read(store.tables(shown.id()), fmt),
                claims.findings(shown.id()), submissions.ofClaim(latest.facilityCode(), maLk),
                submissions.canRequeue(latest.facilityCode()));
    }

    private List<String> codes(String facility) {
        return claimAccess.readableCodes(facility == null || facility.isBlank() ? null : List.of(facility.strip()),
                "facility");
    }

}
