package vn.his.web.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code api} mode's iteration: one encounter recorded through the public REST API, exactly as an integrating
 * system does it: open (with the patient's card valid today), three lines from the facility catalogue (a drug, a
 * service, a supply), the main diagnosis (required to finish), finish. Six calls, HTTP Basic on each. An iteration
 * stops at its first refused call (the refusal is counted; the encounter is not). The {@code record} mode sends the
 * same encounter in one call ({@code POST /api/v1/encounters/recorded}), as a commune station on a slow link would.
 */
final class EncounterRecording implements LoadDriver.Iteration {

    static final String OPEN = "POST /encounters (open)";
    static final String LINE = "POST /encounters/{id}/lines";
    static final String DIAGNOSIS = "PUT /encounters/{id}/diagnosis";
    static final String FINISH = "POST /encounters/{id}/finish";
    static final String WHOLE = "encounter (6 calls)";
    static final List<String> KINDS = List.of(OPEN, LINE, DIAGNOSIS, FINISH, WHOLE);
    static final String RECORD = "POST /encounters/recorded";
    static final String WHOLE_ONE_CALL = "encounter (1 call)";
    static final List<String> ONE_CALL_KINDS = List.of(RECORD, WHOLE_ONE_CALL);
    private static final Map<String, Object> DIAGNOSIS_BODY = Map.of("diagnosisIn", "Viêm họng",
            "diagnosisOut", "Viêm họng cấp", "mainIcd10", "J02.9");

    private final BenchClient client;
    private final DemoFacilityData data;
    private final Latencies latencies;
    private final boolean oneCall;

    /** {@code oneCall}: the {@code record} mode, the whole encounter in one {@code POST /encounters/recorded}. */
    EncounterRecording(BenchClient client, DemoFacilityData data, Latencies latencies, boolean oneCall) {
        this.client = client;
        this.data = data;
        this.latencies = latencies;
        this.oneCall = oneCall;
    }

    @Override
    public void run() {
        List<DemoFacilityData.Visit> visits = data.visits();
        DemoFacilityData.Visit patient = visits.get(ThreadLocalRandom.current().nextInt(visits.size()));
        LocalDateTime arrival = LocalDateTime.now(DemoFacilityData.VIETNAM).minusHours(2).withNano(0);
        long start = System.nanoTime();
        if (oneCall) {
            Map<String, Object> whole = new LinkedHashMap<>();
            whole.put("encounter", opening(patient, arrival));
            whole.put("lines", lines(arrival));
            whole.put("diagnosis", DIAGNOSIS_BODY);
            whole.put("finish", discharge(arrival));
            if (ok(client.api(RECORD, "POST", "/api/v1/encounters/recorded", whole))) {
                latencies.whole(WHOLE_ONE_CALL, start, System.nanoTime());
            }
            return;
        }
        BenchClient.Reply opened = client.api(OPEN, "POST", "/api/v1/encounters", opening(patient, arrival));
        if (!ok(opened)) {
            return;
        }
        String path = "/api/v1/encounters/" + opened.json().get("id").asLong();
        for (Map<String, Object> line : lines(arrival)) {
            if (!ok(client.api(LINE, "POST", path + "/lines", line))) {
                return;
            }
        }
        if (!ok(client.api(DIAGNOSIS, "PUT", path + "/diagnosis", DIAGNOSIS_BODY))) {
            return;
        }
        if (!ok(client.api(FINISH, "POST", path + "/finish", discharge(arrival)))) {
            return;
        }
        latencies.whole(WHOLE, start, System.nanoTime());
    }

    private Map<String, Object> opening(DemoFacilityData.Visit patient, LocalDateTime arrival) {
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("patientId", patient.patientId());
        open.put("cardIds", patient.cardId() == null ? List.of() : List.of(patient.cardId()));
        open.put("encounterType", "01");
        open.put("arrivalTime", arrival.toString());
        open.put("visitReason", "Sốt, đau họng");
        open.put("departmentCode", data.department());
        return open;
    }

    /** A drug ×10, a service, a supply, ordered 10, 15 and 20 minutes after arrival. */
    private List<Map<String, Object>> lines(LocalDateTime arrival) {
        String[][] items = {{data.drug(), "10"}, {data.service(), "1"}, {data.supply(), "1"}};
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("itemCode", items[i][0]);
            line.put("quantity", Integer.parseInt(items[i][1]));
            line.put("orderingCchn", data.cchn());
            line.put("orderTime", arrival.plusMinutes(10L + 5L * i).toString());
            lines.add(line);
        }
        return lines;
    }

    private static Map<String, Object> discharge(LocalDateTime arrival) {
        return Map.of("treatmentResult", 1, "dischargeType", 1, "dischargeTime", arrival.plusHours(1).toString());
    }

    /** Whether the call succeeded; after a call with no answer at all, a short pause (no busy loop on a dead server). */
    static boolean ok(BenchClient.Reply reply) {
        if (reply.status() == Latencies.NO_ANSWER) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return reply.ok();
    }
}
