package vn.his.web.fhir;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.TableReader;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.xml.TableDocument;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.claims.ClaimAccess;
import vn.his.web.security.AccessPolicy;

/**
 * Claim versions ({@code claim_version}, {@code claim_table}) as FHIR Claim and their outbox submissions
 * ({@code outbox_submission}, {@code outbox_attempt}) as ClaimResponse, with the claims API's rules
 * ({@link ClaimAccess}): billing clerks, insurance officers and administrators only, each within their facility scope.
 * The stored table bytes are read with the secure {@link TableReader} (a DOCTYPE is refused).
 */
@Service
public class FhirClaims {

    static final int SEARCH_LIMIT = 200;

    /** A resource with the encounter it belongs to (for the audit trail). */
    public record Found<T>(T resource, long encounterId) {
    }

    /** Search criteria; null means any. {@code createdTo} is exclusive. */
    public record Criteria(Long patientId, Long encounterId, String maLk, Long facilityId, LocalDateTime createdFrom,
                           LocalDateTime createdTo, Long claimId, String transactionId) {
    }

    private final JdbcTemplate jdbc;
    private final ClaimStore claims;
    private final SubmissionStore submissions;
    private final InsuranceCardRepository cards;
    private final FacilityRepository facilities;
    private final ClaimAccess claimAccess;
    private final AccessPolicy access;
    private final ClaimAssessments assessments;

    public FhirClaims(JdbcTemplate jdbc, ClaimStore claims, SubmissionStore submissions, InsuranceCardRepository cards,
                      FacilityRepository facilities, ClaimAccess claimAccess, AccessPolicy access,
                      ClaimAssessments assessments) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.claims = claims;
        this.submissions = submissions;
        this.cards = cards;
        this.facilities = facilities;
        this.claimAccess = claimAccess;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Found<Claim> claim(long id) {
        claimAccess.requireClaimRole();
        StoredClaim c = stored(id).orElseThrow(() -> new ResourceNotFoundException("fhir.claim.notFound", id));
        claimAccess.requireRead(c);
        return new Found<>(ClaimMapper.claim(facts(c)), c.encounterId());
    }

    @Transactional(readOnly = true)
    public List<Found<Claim>> claims(Criteria criteria) {
        List<Found<Claim>> found = new ArrayList<>();
        for (long id : ids(criteria, false)) {
            StoredClaim c = stored(id).orElseThrow();
            found.add(new Found<>(ClaimMapper.claim(facts(c)), c.encounterId()));
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Found<ClaimResponse> claimResponse(long submissionId) {
        claimAccess.requireClaimRole();
        Submission s = submissions.find(submissionId).filter(x -> x.kind() == SubmissionKind.DOSSIER)
                .orElseThrow(() -> new ResourceNotFoundException("fhir.claimResponse.notFound", submissionId));
        StoredClaim c = claimOfSubmission(s)
                .orElseThrow(() -> new ResourceNotFoundException("fhir.claimResponse.notFound", submissionId));
        claimAccess.requireRead(c);
        return new Found<>(ClaimMapper.claimResponse(facts(c), s, submissions.attempts(s.id()),
                assessments.of(c.id())), c.encounterId());
    }

    @Transactional(readOnly = true)
    public List<Found<ClaimResponse>> claimResponses(Criteria criteria) {
        List<Found<ClaimResponse>> found = new ArrayList<>();
        for (long id : ids(criteria, true)) {
            StoredClaim c = stored(id).orElseThrow();
            Submission s = submissions.find(c.submissionId()).orElseThrow();
            found.add(new Found<>(ClaimMapper.claimResponse(facts(c), s, submissions.attempts(s.id()),
                    assessments.of(c.id())), c.encounterId()));
        }
        return found;
    }

    /**
     * Claim version ids matching the criteria within the user's scope (with a submission for ClaimResponse), oldest
     * first, at most {@link #SEARCH_LIMIT}.
     */
    private List<Long> ids(Criteria q, boolean submitted) {
        List<String> codes = claimAccess.readableCodes(null, "organization");
        StringBuilder sql = new StringBuilder("SELECT cv.id FROM claim_version cv JOIN encounter e ON e.id = "
                + "cv.encounter_id");
        if (submitted) {
            sql.append(" JOIN outbox_submission s ON s.id = cv.submission_id");
        }
        sql.append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!codes.isEmpty()) {
            sql.append(" AND cv.facility_code IN (").append(String.join(", ", codes.stream().map(c -> "?").toList()))
                    .append(')');
            args.addAll(codes);
        }
        if (q.facilityId() != null) {
            Facility f = facilities.findById(q.facilityId())
                    .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", q.facilityId()));
            access.requireRead(f);
            sql.append(" AND e.facility_id = ?");
            args.add(f.id());
        }
        condition(sql, args, " AND e.patient_id = ?", q.patientId());
        condition(sql, args, " AND cv.encounter_id = ?", q.encounterId());
        condition(sql, args, " AND cv.ma_lk = ?", q.maLk() == null ? null : q.maLk().strip());
        condition(sql, args, " AND cv.id = ?", q.claimId());
        condition(sql, args, " AND s.ma_giao_dich = ?", submitted && q.transactionId() != null
                ? q.transactionId().strip() : null);
        String created = submitted ? "s.updated_at" : "cv.created_at";
        condition(sql, args, " AND " + created + " >= ?", q.createdFrom() == null ? null
                : Timestamp.valueOf(q.createdFrom()));
        condition(sql, args, " AND " + created + " < ?", q.createdTo() == null ? null
                : Timestamp.valueOf(q.createdTo()));
        sql.append(" ORDER BY cv.id LIMIT ?");
        args.add(SEARCH_LIMIT);
        return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private java.util.Optional<StoredClaim> stored(long id) {
        List<Map<String, Object>> key = jdbc.queryForList("SELECT ma_lk, claim_no FROM claim_version WHERE id = ?", id);
        if (key.isEmpty()) {
            return java.util.Optional.empty();
        }
        return claims.version((String) key.get(0).get("ma_lk"), ((Number) key.get(0).get("claim_no")).intValue());
    }

    private java.util.Optional<StoredClaim> claimOfSubmission(Submission s) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM claim_version WHERE submission_id = ? ORDER BY id",
                Long.class, s.id());
        return ids.isEmpty() ? java.util.Optional.empty() : stored(ids.get(0));
    }

    private ClaimMapper.ClaimFacts facts(StoredClaim c) {
        Map<String, Object> e = jdbc.queryForMap("SELECT patient_id, facility_id FROM encounter WHERE id = ?",
                c.encounterId());
        long patientId = ((Number) e.get("patient_id")).longValue();
        Map<String, byte[]> tables = new HashMap<>();
        for (TableDocument t : claims.tables(c.id())) {
            tables.put(t.loaiHoSo(), t.content());
        }
        if (!tables.containsKey("XML1")) {
            throw new IllegalStateException("Claim version " + c.id() + " has no XML1 table");
        }
        Map<String, String> xml1 = TableReader.rows(tables.get("XML1")).get(0);
        Map<String, Long> coverages = new HashMap<>();
        for (InsuranceCard card : cards.findByPatientIdOrderByValidFromDesc(patientId)) {
            coverages.putIfAbsent(card.cardNumber(), card.id());
        }
        Long prior = c.claimNo() <= 1 ? null : claims.version(c.maLk(), c.claimNo() - 1).map(StoredClaim::id)
                .orElse(null);
        return new ClaimMapper.ClaimFacts(c, patientId, ((Number) e.get("facility_id")).longValue(), prior, xml1,
                rows(tables.get("XML2")), rows(tables.get("XML3")), coverages);
    }

    private static List<Map<String, String>> rows(byte[] table) {
        return table == null ? List.of() : TableReader.rows(table);
    }
}
