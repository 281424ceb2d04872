package vn.his.export.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.xml.CheckInStatus;

/**
 * Queues the check-in (XML0) of an encounter at its first cost and at its first cost in the inpatient, day or
 * outpatient-treatment ward (QĐ 4750 Đ2 k2), in the transaction that records the cost. Emergencies need no
 * check-in (same article), so none is queued for them. MA_DOITUONG_KCB is the provisional visit object known at
 * that moment ({@link ProvisionalVisitObject}).
 */
@Service
public class CheckInService {

    private final ClaimDocuments documents;
    private final EncounterService encounters;
    private final SubmissionQueue queue;
    private final ProvisionalVisitObject visitObjects;

    public CheckInService(ClaimDocuments documents, EncounterService encounters, SubmissionQueue queue,
                          ProvisionalVisitObject visitObjects) {
        this.documents = documents;
        this.encounters = encounters;
        this.queue = queue;
        this.visitObjects = visitObjects;
    }

    /** Queues the check-in document for the cost line; empty when none is due (an emergency). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> costRecorded(long encounterId, int lineNo) {
        Encounter encounter = encounters.get(encounterId);
        if (encounter.emergency()) {
            return Optional.empty();
        }
        ClaimSource source = ClaimSource.of(encounter, encounter.facility().headSocialInsuranceNo(), java.util.Map.of());
        CheckInStatus row = documents.checkIns().assemble(source, lineNo,
                visitObjects.of(encounter).orElse(null), 1);
        String schema = documents.catalog()
                .versionOn(source.line(lineNo).draft().orderTime().toLocalDate()).id();
        byte[] xml = documents.checkInWriter().write(schema, List.of(row));
        return Optional.of(queue.enqueue(new OutgoingDocument(SubmissionKind.CHECK_IN, source.maLk(),
                source.facilityCode(), encounterId, 0, xml)));
    }
}
