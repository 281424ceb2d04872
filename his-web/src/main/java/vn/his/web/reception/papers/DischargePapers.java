package vn.his.web.reception.papers;

import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.EncounterType;
import vn.his.web.api.encounter.EncounterView;

/**
 * Which discharge papers the encounter page shows, as the core decides what may be recorded: nothing before the
 * encounter has ended; the record summary (XML8) for stays (MA_LOAI_KCB 03, 04, 06), the referral letter (XML13) only
 * after a transfer (MA_LOAI_RV 2, 5), the re-visit appointment (XML14) unless the patient died (KET_QUA_DTRI 5, 8). A
 * recorded paper is shown with its values; when the user may change the encounter and it is not settled
 * ({@code writable}) a form records a missing paper and an edit form, pre-filled, replaces a recorded one (after
 * settlement only through a correction, {@code locked}: no form).
 */
public record DischargePapers(boolean ended, boolean summary, boolean referral, boolean appointment,
                              boolean writable, boolean locked) {

    public static DischargePapers of(EncounterView e, boolean userMayChange) {
        boolean ended = e.dischargeTime() != null;
        Integer discharge = e.dischargeType();
        Integer result = e.treatmentResult();
        boolean summary = ended && EncounterType.hasRecordSummary(e.encounterType());
        boolean referral = ended && discharge != null && (discharge == 2 || discharge == 5);
        boolean appointment = ended && (result == null || (result != 5 && result != 8));
        boolean locked = e.status() == EncounterStatus.SETTLED;
        return new DischargePapers(ended, summary, referral, appointment, userMayChange && !locked, locked);
    }

    /** Whether any paper applies to the encounter (the section is shown). */
    public boolean any() {
        return summary || referral || appointment;
    }
}
