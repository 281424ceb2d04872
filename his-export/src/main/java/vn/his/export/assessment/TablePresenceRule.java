package vn.his.export.assessment;

import java.util.List;
import java.util.Set;

import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.TableDefinition;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Tables;

/**
 * Which tables the dossier holds: a table that does not belong to the encounter (XML5, XML8, XML13 —
 * {@link TableRelevance}) is an error; an inpatient encounter needs its discharge certificate XML7 unless the
 * patient absconded (MA_LOAI_RV 3) [C: public pre-submission checks]; a referral (MA_LOAI_RV 2, 5) without XML13
 * is a warning, since the facility may still issue the paper letter (QĐ 4750 Bảng 13 note).
 */
final class TablePresenceRule implements AssessmentRule {

    static final String NOT_RELEVANT = "TABLE_NOT_RELEVANT";
    static final String DISCHARGE_CERTIFICATE = "INPATIENT_DISCHARGE_CERTIFICATE";
    static final String REFERRAL_LETTER = "REFERRAL_LETTER_MISSING";

    private final TableRelevance relevance;
    private final Set<String> inpatientTypes;

    TablePresenceRule(TableRelevance relevance, Set<String> inpatientTypes) {
        this.relevance = relevance;
        this.inpatientTypes = Set.copyOf(inpatientTypes);
    }

    /** Inpatient (03), day inpatient (04), inpatient under 4 hours (09). */
    static TablePresenceRule qd4750(TableRelevance relevance) {
        return new TablePresenceRule(relevance, Set.of("03", "04", "09"));
    }

    @Override
    public List<String> ruleIds() {
        return List.of(NOT_RELEVANT, DISCHARGE_CERTIFICATE, REFERRAL_LETTER);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        ClaimSnapshot s = context.snapshot();
        TableRow summary = context.summary();
        for (TableDefinition table : Xml130Tables.DOSSIER) {
            if (!table.rows().apply(s).isEmpty() && relevance.objection(table.code(), s).isPresent()) {
                findings.add(Findings.of(Severity.ERROR, NOT_RELEVANT, table.code(), "", null, table.code(),
                        s.summary().maLoaiKcb(), s.summary().maLoaiRv()));
            }
        }
        if (inpatientTypes.contains(s.summary().maLoaiKcb()) && s.discharge() == null && !"3".equals(s.summary().maLoaiRv())) {
            findings.add(Findings.error(DISCHARGE_CERTIFICATE, summary, "MA_LOAI_KCB", s.summary().maLoaiKcb()));
        }
        if (relevance.isReferral(s) && s.referral() == null) {
            findings.add(Findings.warning(REFERRAL_LETTER, summary, "MA_LOAI_RV", s.summary().maLoaiRv()));
        }
    }
}
