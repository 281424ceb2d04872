package vn.his.web.settlement;

import java.time.LocalDateTime;

import vn.his.core.encounter.EncounterCorrection;

/** An opened correction: its revision, reason, who asked and when; the next settlement freezes a new version. */
public record CorrectionView(long encounterId, int revision, String reason, String requestedBy,
                             LocalDateTime requestedAt) {

    static CorrectionView of(long encounterId, EncounterCorrection c) {
        return new CorrectionView(encounterId, c.revision(), c.reason(), c.requestedBy(), c.requestedAt());
    }
}
