package vn.his.export.assessment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One encounter, one facility: every row carries the snapshot's MA_LK (QĐ 130: MA_LK links XML0…XML15 of one
 * encounter); MA_CSKCB of XML0, XML1 (and XML13, XML14 when set) is the sending facility; STT of list tables runs
 * 1..n (warning — the gateway keys rows by STT).
 */
final class ConsistencyRule implements AssessmentRule {

    static final String MA_LK = "MA_LK_MISMATCH";
    static final String FACILITY = "FACILITY_MISMATCH";
    static final String STT = "STT_SEQUENCE";

    @Override
    public List<String> ruleIds() {
        return List.of(MA_LK, FACILITY, STT);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        String maLk = context.snapshot().maLk();
        String facility = context.snapshot().facilityCode();
        for (TableRow row : context.rows()) {
            String rowLk = row.text("MA_LK");
            if (rowLk != null && !rowLk.equals(maLk)) {
                findings.add(Findings.error(MA_LK, row, "MA_LK", rowLk, maLk));
            }
            String cskcb = row.text("MA_CSKCB");
            if (cskcb != null && !cskcb.equals(facility) && !row.table().equals("XML6") && !row.table().equals("XML15")) {
                findings.add(Findings.error(FACILITY, row, "MA_CSKCB", cskcb, facility));
            }
        }
        Map<String, List<TableRow>> byTable = context.rows().stream()
                .filter(r -> r.values().containsKey("STT") && !r.table().equals("XML1"))
                .collect(Collectors.groupingBy(TableRow::table));
        for (List<TableRow> rows : byTable.values()) {
            for (int i = 0; i < rows.size(); i++) {
                Integer stt = rows.get(i).stt();
                if (stt != null && stt != i + 1) {
                    findings.add(Findings.warning(STT, rows.get(i), "STT", stt, i + 1));
                }
            }
        }
    }
}
