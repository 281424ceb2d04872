package vn.his.web.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.billing.settlement.BatchSettlement;
import vn.his.billing.settlement.SettlementService;
import vn.his.web.generate.GenerationReport;
import vn.his.web.generate.SyntheticProvince;

/**
 * Generates a synthetic province ({@link SyntheticProvince}) and, with {@code --settle}, settles every finished
 * encounter generated through {@link SettlementService#settleAll} (discharged unpaid, 100 per transaction), so their
 * claim versions are frozen and assessed as after a clerk's settlement. Exit codes: 0 done, 1 refused arguments
 * (also: not enough communes or free facility codes), 2 some encounters could not be settled (listed on stderr).
 */
@Component
public class GenerateCommand {

    static final String SETTLED_BY = "generate";
    private static final int SETTLE_CHUNK = 1_000;
    private static final int SETTLE_BATCH = 100;

    private final SyntheticProvince province;
    private final SettlementService settlement;
    private final JdbcTemplate jdbc;

    public GenerateCommand(SyntheticProvince province, SettlementService settlement, JdbcTemplate jdbc) {
        this.province = province;
        this.settlement = settlement;
        this.jdbc = jdbc;
    }

    public int run(GenerateArguments args, PrintStream out, PrintStream err) {
        GenerationReport report;
        try {
            report = province.generate(args.request(), out::println);
        } catch (IllegalArgumentException refused) {
            err.println(refused.getMessage());
            return 1;
        }
        out.printf("Đã sinh / generated: %d cơ sở KCB / facilities (%s…%s), %d người bệnh / patients, %d thẻ / cards, "
                        + "%d đợt KCB / encounters (%d kết thúc / finished), %d dòng chỉ định / order lines in %.1f s%n",
                report.facilityIds().size(), report.facilityCodes().get(0),
                report.facilityCodes().get(report.facilityCodes().size() - 1), report.patients(), report.cards(),
                report.encounters(), report.finished(), report.lines(), report.millis() / 1000.0);
        out.println("Theo loại / by kind: " + report.encountersByKind());
        if (!args.settle()) {
            return 0;
        }
        List<Long> ids = finishedEncounters(report.facilityIds());
        long started = System.nanoTime();
        int settled = 0;
        List<BatchSettlement.Refusal> refused = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SETTLE_CHUNK) {
            BatchSettlement done = settlement.settleAll(ids.subList(from, Math.min(ids.size(), from + SETTLE_CHUNK)),
                    SETTLED_BY, SETTLE_BATCH);
            settled += done.settled().size();
            refused.addAll(done.refused());
            out.println("Đã quyết toán / settled " + settled + " / " + ids.size());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String in = ids.isEmpty() ? "0" : String.join(",", Collections.nCopies(report.facilityIds().size(), "?"));
        Integer held = ids.isEmpty() ? 0 : jdbc.queryForObject("SELECT COUNT(*) FROM claim_version v JOIN facility_code c"
                + " ON c.code = v.facility_code WHERE v.status = 'HELD_WITH_ERRORS' AND c.facility_id IN (" + in + ")",
                Integer.class, report.facilityIds().toArray());
        out.printf("Quyết toán / settlement: %d đợt KCB / encounters in %.1f s (%.2f ms mỗi đợt / each), "
                        + "%d bị từ chối / refused, %d hồ sơ giữ lại có lỗi giám định / claims held with errors%n",
                settled, seconds, settled == 0 ? 0 : seconds * 1000 / settled, refused.size(), held);
        for (BatchSettlement.Refusal r : refused.subList(0, Math.min(20, refused.size()))) {
            err.println("  đợt KCB / encounter " + r.encounterId() + ": " + r.reason().getMessage());
        }
        return refused.isEmpty() ? 0 : 2;
    }

    private List<Long> finishedEncounters(List<Long> facilityIds) {
        String in = String.join(",", Collections.nCopies(facilityIds.size(), "?"));
        return jdbc.queryForList("SELECT id FROM encounter WHERE status = 'FINISHED' AND facility_id IN (" + in
                + ") ORDER BY id", Long.class, facilityIds.toArray());
    }
}
