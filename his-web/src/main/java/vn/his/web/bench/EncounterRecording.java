package vn.his.web.bench;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code api} mode's iteration: one encounter recorded through the public REST API, exactly as an integrating
 * system does it: open (with the patient's card valid today), three lines from the facility catalogue (a drug, a
 * service, a supply), the main diagnosis (required to finish), finish. Six calls, HTTP Basic on each. An iteration
 * stops at its first refused call (the refusal is counted; the encounter is not).
 */
final class EncounterRecording implements LoadDriver.Iteration {

    static final String OPEN = "POST /encounters (open)";
    static final String LINE = "POST /encounters/{id}/lines";
    static final String DIAGNOSIS = "PUT /encounters/{id}/diagnosis";
    static final String FINISH = "POST /encounters/{id}/finish";
    static final String WHOLE = "encounter (6 calls)";
    static final List<String> KINDS = List.of(OPEN, LINE, DIAGNOSIS, FINISH, WHOLE);

    private final BenchClient client;
    private final DemoFacilityData data;
    private final Latencies latencies;

    EncounterRecording(BenchClient client, DemoFacilityData data, Latencies latencies) {
        this.client = client;
        this.data = data;
        this.latencies = latencies;
    }

    @Override
    public void run() {
        List<DemoFacilityData.Visit> visits = data.visits();
        DemoFacilityData.Visit patient = visits.get(ThreadLocalRandom.current().nextInt(visits.size()));
        LocalDateTime arrival = LocalDateTime.now(DemoFacilityData.VIETNAM).minusHours(2).withNano(0);
        long start = System.nanoTime();
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("patientId", patient.patientId());
        open.put("cardIds", patient.cardId() == null ? List.of() : List.of(patient.cardId()));
        open.put("encounterType", "01");
        open.put("arrivalTime", arrival.toString());
        open.put("visitReason", "Sốt, đau họng");
        open.put("departmentCode", data.department());
        BenchClient.Reply opened = client.api(OPEN, "POST", "/api/v1/encounters", open);
        if (!ok(opened)) {
            return;
        }
        String path = "/api/v1/encounters/" + opened.json().get("id").asLong();
        String[][] lines = {{data.drug(), "10"}, {data.service(), "1"}, {data.supply(), "1"}};
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("itemCode", lines[i][0]);
            line.put("quantity", Integer.parseInt(lines[i][1]));
            line.put("orderingCchn", data.cchn());
            line.put("orderTime", arrival.plusMinutes(10L + 5L * i).toString());
            if (!ok(client.api(LINE, "POST", path + "/lines", line))) {
                return;
            }
        }
        if (!ok(client.api(DIAGNOSIS, "PUT", path + "/diagnosis", Map.of("diagnosisIn", "Viêm họng",
                "diagnosisOut", "Viêm họng cấp", "mainIcd10", "J02.9")))) {
            return;
        }
        if (!ok(client.api(FINISH, "POST", path + "/finish", Map.of("treatmentResult", 1, "dischargeType", 1,
                "dischargeTime", arrival.plusHours(1).toString())))) {
            return;
        }
        latencies.whole(WHOLE, start, System.nanoTime());
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
