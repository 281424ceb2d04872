package vn.his.web.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What the load needs from the signed-in user's facility, read through the public REST API before the measured part:
 * a drug, a service and a supply of its catalogue valid today, a department code and a practitioner's CCHN seen on
 * its encounters, and patients of its encounters with a card valid today (or none: self-paying) and one of their
 * settled encounters. With the demo province, user {@code bacsi} at Trung tâm Y tế huyện Diễn Châu (40017).
 */
record DemoFacilityData(String drug, String service, String supply, String department, String cchn,
                        List<Visit> visits) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A patient, their card valid today (null id and number when none) and one of their encounters. */
    record Visit(long patientId, Long cardId, String cardNumber, long encounterId) {
    }

    static DemoFacilityData read(BenchClient client) {
        BenchClient.Reply items = client.api("prepare", "GET", "/api/v1/catalog/items?limit=200", null);
        require(items, "GET /api/v1/catalog/items");
        String drug = null;
        String service = null;
        String lab = null;
        String supply = null;
        for (JsonNode item : items.json()) {
            String code = item.get("code").asString();
            switch (item.get("kind").asString()) {
                case "DRUG" -> drug = drug == null ? code : drug;
                case "SERVICE" -> {
                    service = service == null ? code : service;
                    lab = lab == null && item.get("costGroup").asInt() == 1 ? code : lab;
                }
                case "SUPPLY" -> supply = supply == null ? code : supply;
                default -> {
                }
            }
        }
        if (drug == null || service == null || supply == null) {
            throw new IllegalStateException("the catalogue of the user's facility lacks a drug, a service or a supply "
                    + "valid today (is the demo province loaded, and is the user a facility's user?)");
        }
        List<Visit> visits = new ArrayList<>();
        String department = null;
        String cchn = null;
        Set<Long> patients = new LinkedHashSet<>();
        LocalDate today = LocalDate.now(VIETNAM);
        BenchClient.Reply page = client.api("prepare", "GET", "/api/v1/encounters?status=SETTLED&size=100", null);
        require(page, "GET /api/v1/encounters?status=SETTLED");
        for (JsonNode summary : page.json().get("items")) {
            long encounterId = summary.get("id").asLong();
            long patientId = summary.get("patientId").asLong();
            if (department == null && "01".equals(summary.get("encounterType").asString())) {
                BenchClient.Reply encounter = client.api("prepare", "GET", "/api/v1/encounters/" + encounterId,
                        null);
                require(encounter, "GET /api/v1/encounters/" + encounterId);
                JsonNode e = encounter.json();
                JsonNode lines = e.get("lines");
                if (!lines.isEmpty()) {
                    department = e.get("departmentCodes").asString().split("[;,]")[0].strip();
                    cchn = lines.get(0).get("orderingCchn").asString();
                }
            }
            if (!patients.add(patientId) || patients.size() > 50) {
                continue;
            }
            BenchClient.Reply patient = client.api("prepare", "GET", "/api/v1/patients/" + patientId, null);
            require(patient, "GET /api/v1/patients/" + patientId);
            Long cardId = null;
            String cardNumber = null;
            for (JsonNode card : patient.json().get("cards")) {
                LocalDate from = LocalDate.parse(card.get("validFrom").asString());
                JsonNode to = card.get("validTo");
                if (!from.isAfter(today) && (to == null || to.isNull() || !LocalDate.parse(to.asString())
                        .isBefore(today))) {
                    cardId = card.get("id").asLong();
                    cardNumber = card.get("cardNumber").asString();
                }
            }
            visits.add(new Visit(patientId, cardId, cardNumber, encounterId));
        }
        if (department == null || visits.stream().noneMatch(v -> v.cardNumber() != null)) {
            throw new IllegalStateException("no settled outpatient encounter with lines, or no patient with a card "
                    + "valid today, at the user's facility (is the demo province loaded?)");
        }
        return new DemoFacilityData(drug, lab != null ? lab : service, supply, department, cchn,
                List.copyOf(visits));
    }

    List<Visit> visitsWithCard() {
        return visits.stream().filter(v -> v.cardNumber() != null).toList();
    }

    static void require(BenchClient.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }
}
