package vn.his.web.settlement;

import vn.his.core.encounter.EncounterStatus;

/** The bill of an encounter priced as it stands, nothing frozen (before settling). */
public record PreviewView(long encounterId, String maLk, String patientName, EncounterStatus status, BillView bill) {
}
