package vn.his.web.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.report.ItemUsageQuery;
import vn.his.export.report.MonthlyClaimQuery;
import vn.his.export.report.ProvinceReconciliation;
import vn.his.export.report.ReportScope;
import vn.his.export.report.SubmissionLedgerRows;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.AccessRefusedException;
import vn.his.web.security.FacilityScope;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/**
 * The figures of the report screens, scoped here (not only by what a page offers): billing clerks read their own
 * facility, insurance officers the facilities of their province, administrators everything; every other role is
 * refused (403). The figures come from the same export classes as the workbooks of {@code /api/v1/reports}
 * ({@link MonthlyClaimQuery}, {@link ProvinceReconciliation}, {@link SubmissionLedgerRows}), so a screen's totals equal
 * the workbook's.
 */
@Service
public class ReportScreenService {

    private final MonthlyClaimQuery monthly;
    private final ProvinceReconciliation province;
    private final SubmissionLedgerRows ledger;
    private final ItemUsageQuery items;
    private final FacilityRepository facilities;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public ReportScreenService(MonthlyClaimQuery monthly, ProvinceReconciliation province, SubmissionLedgerRows ledger,
                               ItemUsageQuery items, FacilityRepository facilities, AccessPolicy access,
                               AuditTrail audit) {
        this.monthly = monthly;
        this.province = province;
        this.ledger = ledger;
        this.items = items;
        this.facilities = facilities;
        this.access = access;
        this.audit = audit;
    }

    /** A facility the user may choose: its code on the day and its name. */
    public record FacilityOption(String code, String name) {
    }

    /** One page of a list streamed from the ledger, with the number of rows of the whole period. */
    public record LedgerPage<T>(List<T> items, int page, int size, int total) {
        public int totalPages() {
            return (total + size - 1) / size;
        }

        public int firstRowNumber() {
            return page * size + 1;
        }
    }

    /** The ledger of a period: submissions by status over the whole period, one page of submissions and attempts. */
    public record Ledger(java.util.Map<vn.his.export.outbox.SubmissionStatus, Integer> byStatus,
                         LedgerPage<SubmissionLedgerRows.Submission> submissions,
                         LedgerPage<SubmissionLedgerRows.Attempt> attempts) {
    }

    public void requireReportRole() {
        access.requireAnyRole(Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.ADMIN);
    }

    /** The facilities in the user's scope that have a code on {@code day}, by name. */
    @Transactional(readOnly = true)
    public List<FacilityOption> facilityOptions(LocalDate day) {
        requireReportRole();
        FacilityScope scope = access.scope();
        List<Facility> list = scope.all() ? facilities.findAll()
                : scope.facilityId() != null ? facilities.findById(scope.facilityId()).stream().toList()
                : facilities.findByProvinceCodeOrderByName(scope.provinceCode());
        return list.stream().filter(f -> f.codeOn(day).isPresent())
                .sorted(java.util.Comparator.comparing(Facility::name))
                .map(f -> new FacilityOption(f.codeOn(day).orElseThrow(), f.name())).toList();
    }

    /** The provinces the user may report on: an officer's own, every province of the facilities for an admin. */
    @Transactional(readOnly = true)
    public List<String> provinceOptions() {
        requireReportRole();
        SignedInUser u = access.current();
        if (u.has(Role.ADMIN)) {
            return facilities.findAll().stream().map(Facility::provinceCode).filter(java.util.Objects::nonNull)
                    .distinct().sorted().toList();
        }
        return u.has(Role.INSURANCE_OFFICER) && u.provinceCode() != null ? List.of(u.provinceCode()) : List.of();
    }

    /**
     * The facility code asked for, checked against the user's scope (403 outside it); blank is the user's own
     * facility when they have one.
     */
    @Transactional(readOnly = true)
    public String facility(String code, LocalDate day) {
        requireReportRole();
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            SignedInUser u = access.current();
            Facility own = u.facilityId() == null || u.has(Role.ADMIN) || u.has(Role.INSURANCE_OFFICER) ? null
                    : facilities.findById(u.facilityId()).orElse(null);
            if (own == null || own.codeOn(day).isEmpty()) {
                throw new InvalidRequestException("reports.facilityRequired", "facility");
            }
            return own.codeOn(day).orElseThrow();
        }
        Facility f = facilities.findByCode(c).orElseThrow(() -> new ResourceNotFoundException(
                "report.api.facilityUnknown", c));
        access.requireRead(f);
        return c;
    }

    /**
     * The province code asked for: an insurance officer's own (blank means it, another is 403), any for an
     * administrator; a billing clerk is refused.
     */
    @Transactional(readOnly = true)
    public String provinceCode(String code) {
        access.requireAnyRole(Role.INSURANCE_OFFICER, Role.ADMIN);
        SignedInUser u = access.current();
        String c = code == null ? "" : code.strip();
        if (c.isEmpty() && !u.has(Role.ADMIN)) {
            c = u.provinceCode();
        }
        if (c == null || !c.matches("\\d{2}")) {
            throw new InvalidRequestException("report.api.provinceRequired", "province");
        }
        if (facilities.findByProvinceCodeOrderByName(c).isEmpty()) {
            throw new ResourceNotFoundException("report.api.provinceUnknown", c);
        }
        FacilityScope scope = access.scope();
        if (!scope.all() && !c.equals(scope.provinceCode())) {
            throw new AccessRefusedException("report.api.otherProvince", c);
        }
        return c;
    }

    /** The monthly summary and one page of the encounters of a facility ({@link #facility} checked first). */
    public MonthlyClaimQuery.View claims(String facilityCode, ReportPeriod period, int page, int size) {
        requireReportRole();
        Facility f = facilities.findByCode(facilityCode).orElseThrow(() -> new ResourceNotFoundException(
                "report.api.facilityUnknown", facilityCode));
        access.requireRead(f);
        MonthlyClaimQuery.View view = monthly.view(ReportScope.facility(facilityCode), period.from(), period.to(),
                page, size);
        if (!view.rows().isEmpty()) {
            // a page of patients' names and cards is a read of their records
            audit.record(AuditTrail.Action.VIEW, AuditTrail.Resource.FACILITY, f.id(), AuditTrail.Channel.SCREEN,
                    "reports/detail " + period.fromText() + "-" + period.toText() + " page " + (page + 1));
        }
        return view;
    }

    /** The item forms 19/20/21 BHYT of a facility ({@link #facility} checked first), as in the workbook. */
    public ItemUsageQuery.Result items(String facilityCode, ReportPeriod period) {
        requireReportRole();
        Facility f = facilities.findByCode(facilityCode).orElseThrow(() -> new ResourceNotFoundException(
                "report.api.facilityUnknown", facilityCode));
        access.requireRead(f);
        return items.compute(ReportScope.facility(facilityCode), period.from(), period.to());
    }

    /** Claimed vs accepted vs refused of the province, month by month ({@link #provinceCode} checked first). */
    public List<ProvinceReconciliation.Result> province(String provinceCode, ReportPeriod period) {
        provinceCode(provinceCode);
        List<ProvinceReconciliation.Result> out = new ArrayList<>();
        for (YearMonth m : period.months()) {
            out.add(province.compute(provinceCode, m, c -> { }));
        }
        return out;
    }

    /** The ledger of a facility: counts by status, and one page of submissions and of attempts. */
    public Ledger ledger(String facilityCode, ReportPeriod period, int page, int size) {
        requireReportRole();
        Facility f = facilities.findByCode(facilityCode).orElseThrow(() -> new ResourceNotFoundException(
                "report.api.facilityUnknown", facilityCode));
        access.requireRead(f);
        java.util.EnumMap<vn.his.export.outbox.SubmissionStatus, Integer> byStatus =
                new java.util.EnumMap<>(vn.his.export.outbox.SubmissionStatus.class);
        for (vn.his.export.outbox.SubmissionStatus s : vn.his.export.outbox.SubmissionStatus.values()) {
            byStatus.put(s, 0);
        }
        Window<SubmissionLedgerRows.Submission> subs = new Window<>(page, size);
        ledger.submissions(facilityCode, period.from(), period.to(), s -> {
            byStatus.merge(s.status(), 1, Integer::sum);
            subs.accept(s);
        });
        Window<SubmissionLedgerRows.Attempt> attempts = new Window<>(page, size);
        ledger.attempts(facilityCode, period.from(), period.to(), attempts);
        return new Ledger(byStatus, subs.page(), attempts.page());
    }

    /** Keeps the rows of one page of a stream and counts them all. */
    private static final class Window<T> implements java.util.function.Consumer<T> {
        private final int page;
        private final int size;
        private final List<T> kept = new ArrayList<>();
        private int seen;

        Window(int page, int size) {
            this.page = page;
            this.size = size;
        }

        @Override
        public void accept(T item) {
            long first = (long) page * size;
            if (seen >= first && seen < first + size) {
                kept.add(item);
            }
            seen++;
        }

        LedgerPage<T> page() {
            return new LedgerPage<>(List.copyOf(kept), page, size, seen);
        }
    }
}
