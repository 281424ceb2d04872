package vn.his.web.admin.catalog;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.SignedInUser;

/**
 * Catalogue imports of a facility (issue 5): {@link #preview} reads the file, plans it against the stored catalogue and
 * keeps the file with the plan's fingerprint ({@code catalog_import}); {@link #confirm} plans the same file again and
 * applies it in one transaction only when the plan is still the previewed one (otherwise the catalogue changed in
 * between and the administrator previews again), so nothing is half-written. Administrators only; the applied import is
 * written to the audit trail (resource CATALOG, the facility's id).
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Service
public class CatalogImportService {

    /** Largest file accepted (also the multipart limit in application.properties). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final FacilityRepository facilities;
    private final CatalogItemRepository items;
    private final AdminAccess admin;
    private final AuditTrail audit;
    private final ClinicalTime time;

    public CatalogImportService(JdbcTemplate jdbc, FacilityRepository facilities, CatalogItemRepository items,
                                AdminAccess admin, AuditTrail audit, ClinicalTime time) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.items = items;
        this.admin = admin;
        this.audit = audit;
        this.time = time;
    }

    /** A stored import: its facility, file, state and counts. */
    public record ImportRecord(long id, long facilityId, String fileName, String status, String createdBy,
                               Timestamp createdAt, Timestamp appliedAt, int added, int changed, int unchanged,
                               int refused) {
    }

    /** The plan shown on the preview page, with the import's id for the confirmation. */
    public record Preview(ImportRecord record, CatalogImportPlan plan) {
    }

    @Transactional
    public Preview preview(long facilityId, String fileName, byte[] content) {
        SignedInUser me = admin.require();
        Facility f = facility(facilityId);
        if (content != null && content.length > MAX_BYTES) {
            throw new DomainException("admin.catalog.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "catalogue" : fileName.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        CatalogImportPlan plan = plan(f, name, content);
        String finalName = name;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO catalog_import (facility_id, file_name, content, plan_hash, status,"
                    + " created_by, created_at, added, changed, unchanged, refused) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"id"});
            ps.setLong(1, f.id());
            ps.setString(2, finalName);
            ps.setBytes(3, content);
            ps.setString(4, plan.hash());
            ps.setString(5, "PREVIEWED");
            ps.setString(6, me.getUsername());
            ps.setTimestamp(7, Timestamp.valueOf(time.now()));
            ps.setInt(8, plan.added().size());
            ps.setInt(9, plan.changed().size());
            ps.setInt(10, plan.unchanged());
            ps.setInt(11, plan.refused().size());
            return ps;
        }, key);
        return new Preview(record(key.getKey().longValue()).orElseThrow(), plan);
    }

    /** The plan of a stored import as it would apply now (the preview page after a redirect). */
    @Transactional(readOnly = true)
    public Preview show(long importId) {
        admin.require();
        ImportRecord r = record(importId).orElseThrow(() -> new ResourceNotFoundException("admin.catalog.notFound", importId));
        if (!"PREVIEWED".equals(r.status())) {
            return new Preview(r, null);
        }
        return new Preview(r, plan(facility(r.facilityId()), r.fileName(), content(importId)));
    }

    /** Applies every accepted row of a previewed import in one transaction; refuses if the plan changed since. */
    @Transactional
    public ImportRecord confirm(long importId, Channel channel) {
        admin.require();
        ImportRecord r = record(importId).orElseThrow(() -> new ResourceNotFoundException("admin.catalog.notFound", importId));
        // take the import row first: two confirmations of the same import cannot both apply it
        int claimed = jdbc.update("UPDATE catalog_import SET status = 'APPLYING' WHERE id = ? AND status = 'PREVIEWED'",
                importId);
        if (claimed == 0) {
            throw new DomainException("admin.catalog.alreadyApplied", importId);
        }
        Facility f = facility(r.facilityId());
        String hash = jdbc.queryForObject("SELECT plan_hash FROM catalog_import WHERE id = ?", String.class, importId);
        CatalogImportPlan plan = plan(f, r.fileName(), content(importId));
        if (!plan.hash().equals(hash)) {
            throw new DomainException("admin.catalog.stale");
        }
        Map<Long, CatalogItem> byId = new java.util.HashMap<>();
        items.findByFacilityIdOrderByKindAscCodeAsc(f.id()).forEach(i -> byId.put(i.id(), i));
        for (ItemValues c : plan.closed()) {
            byId.get(c.id()).validUntil(c.validTo());
        }
        for (CatalogImportPlan.Planned p : plan.changed()) {
            byId.get(p.values().id()).revise(p.values().name(), p.values().costGroup(), p.values().unit(),
                    p.values().hospitalPrice(), p.values().insurancePrice(), p.values().insuranceRatio(),
                    p.values().scope(), p.values().validTo(), p.values().activeIngredient(), p.values().strength(),
                    p.values().routeCode(), p.values().dosageForm(), p.values().registrationNo(),
                    p.values().tenderInfo());
        }
        items.flush();
        for (CatalogImportPlan.Planned p : plan.added()) {
            ItemValues v = p.values();
            CatalogItem item = new CatalogItem(f, v.kind(), v.code(), v.name(), v.costGroup(), v.unit(),
                    v.hospitalPrice(), v.insurancePrice(), v.insuranceRatio(), v.scope(), v.validFrom());
            item.drug(v.activeIngredient(), v.strength(), v.routeCode(), v.dosageForm(), v.registrationNo(),
                    v.tenderInfo());
            item.validUntil(v.validTo());
            items.save(item);
        }
        items.flush();
        jdbc.update("UPDATE catalog_import SET status = 'APPLIED', applied_at = ?, added = ?, changed = ?, "
                        + "unchanged = ?, refused = ? WHERE id = ?", Timestamp.valueOf(time.now()), plan.added().size(),
                plan.changed().size(), plan.unchanged(), plan.refused().size(), importId);
        audit.record(Action.UPDATE, Resource.CATALOG, f.id(), channel, "catalogue import #" + importId + " "
                + r.fileName() + ": added=" + plan.added().size() + " changed=" + plan.changed().size() + " closed="
                + plan.closed().size() + " refused=" + plan.refused().size());
        return record(importId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ImportRecord> recent(long facilityId) {
        admin.require();
        return jdbc.query("SELECT id, facility_id, file_name, status, created_by, created_at, applied_at, added, changed,"
                + " unchanged, refused FROM catalog_import WHERE facility_id = ? ORDER BY id DESC LIMIT 20", this::map,
                facilityId);
    }

    /** One page of the stored imports, newest first; of one facility, or of all when {@code facilityId} is null. */
    @Transactional(readOnly = true)
    public PageView<ImportRecord> page(Long facilityId, int page, int size) {
        admin.require();
        PageView.check(page, size);
        if (facilityId != null) {
            facility(facilityId);
        }
        String where = facilityId == null ? "" : " WHERE facility_id = ?";
        Object[] args = facilityId == null ? new Object[0] : new Object[] {facilityId};
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM catalog_import" + where, Long.class, args);
        List<Object> pageArgs = new java.util.ArrayList<>(List.of(args));
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<ImportRecord> rows = jdbc.query("SELECT id, facility_id, file_name, status, created_by, created_at,"
                + " applied_at, added, changed, unchanged, refused FROM catalog_import" + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", this::map, pageArgs.toArray());
        return new PageView<>(rows, page, size, total == null ? 0 : total);
    }

    private CatalogImportPlan plan(Facility f, String fileName, byte[] content) {
        List<ItemValues> stored = items.findByFacilityIdOrderByKindAscCodeAsc(f.id()).stream().map(ItemValues::of)
                .toList();
        return CatalogImportPlanner.plan(CatalogFileReader.read(fileName, content), stored);
    }

    private Facility facility(long id) {
        return facilities.findById(id).orElseThrow(() -> new ResourceNotFoundException("admin.facility.notFound", id));
    }

    private byte[] content(long importId) {
        return jdbc.queryForObject("SELECT content FROM catalog_import WHERE id = ?", byte[].class, importId);
    }

    private Optional<ImportRecord> record(long id) {
        return jdbc.query("SELECT id, facility_id, file_name, status, created_by, created_at, applied_at, added, changed,"
                + " unchanged, refused FROM catalog_import WHERE id = ?", this::map, id).stream().findFirst();
    }

    private ImportRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ImportRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6), rs.getTimestamp(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
    }
}
