package vn.his.export.gateway.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.his.export.gateway.CardInfo;
import vn.his.export.gateway.GatewayMessages;

/**
 * Card-check answers of the simulator ({@code KQNhanLichSuKCB2024}): a table maThe → answer that tests and the demo
 * fill at run time; unknown cards are answered 050 (no card data). Codes per bhyt-rules.md §1.3.
 */
public final class SimulatedCardDesk {

    private static final Pattern BIRTH = Pattern.compile("\\d{2}/\\d{2}/\\d{4}|\\d{4}");
    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Locale VI = GatewayMessages.VIETNAMESE;

    private final Map<String, SimulatedCard> table = new ConcurrentHashMap<>();
    private final JsonMapper json;

    SimulatedCardDesk(JsonMapper json) {
        this.json = json;
    }

    /** Sets the answer for {@code maThe}. */
    public SimulatedCardDesk put(String maThe, SimulatedCard answer) {
        table.put(Objects.requireNonNull(maThe, "maThe"), Objects.requireNonNull(answer, "answer"));
        return this;
    }

    public void clear() {
        table.clear();
    }

    ObjectNode answer(JsonNode request) {
        String maThe = text(request, "maThe");
        String hoTen = text(request, "hoTen");
        String ngaySinh = text(request, "ngaySinh");
        if (maThe.isEmpty() || hoTen.isEmpty() || !BIRTH.matcher(ngaySinh).matches()) {
            return reply("205", null, GatewayMessages.standard().text(VI, "card.205"), null);
        }
        if (!CCCD.matcher(text(request, "cccdCb")).matches()) {
            return reply("054", null, GatewayMessages.standard().text(VI, "card.054"), null);
        }
        if (text(request, "hoTenCb").isEmpty()) {
            return reply("055", null, GatewayMessages.standard().text(VI, "card.055"), null);
        }
        SimulatedCard answer = table.get(maThe);
        if (answer == null) {
            return reply("050", null, GatewayMessages.standard().text(VI, "card.050"), null);
        }
        CardInfo card = answer.card();
        if (card.hoTen() != null && !normalise(card.hoTen()).equals(normalise(hoTen))) {
            boolean firstLetterRight = normalise(card.hoTen()).charAt(0) == normalise(hoTen).charAt(0);
            String code = firstLetterRight ? "061" : "060";
            return reply(code, "06", GatewayMessages.standard().text(VI, "card." + code), null);
        }
        if (card.ngaySinh() != null && !card.ngaySinh().equals(ngaySinh)) {
            return reply("070", "07", GatewayMessages.standard().text(VI, "card.070"), null);
        }
        return reply(answer.maKetQua(), answer.maKiemTra(), answer.ghiChu(), card);
    }

    private ObjectNode reply(String maKetQua, String maKiemTra, String ghiChu, CardInfo card) {
        ObjectNode node = json.createObjectNode();
        node.put("maKetQua", maKetQua);
        node.put("maKiemTra", maKiemTra);
        node.put("ghiChu", ghiChu);
        if (card != null) {
            node.put("maThe", card.maThe());
            node.put("hoTen", card.hoTen());
            node.put("ngaySinh", card.ngaySinh());
            node.put("gioiTinh", card.gioiTinh());
            node.put("diaChi", card.diaChi());
            node.put("maDKBD", card.maDKBD());
            node.put("cqBHXH", card.cqBHXH());
            node.put("gtTheTu", card.gtTheTu());
            node.put("gtTheDen", card.gtTheDen());
            node.put("maKV", card.maKV());
            node.put("ngayDu5Nam", card.ngayDu5Nam());
            node.put("maSoBHXH", card.maSoBHXH());
            node.put("maTheCu", card.maTheCu());
            node.put("maTheMoi", card.maTheMoi());
            node.put("gtTheTuMoi", card.gtTheTuMoi());
            node.put("gtTheDenMoi", card.gtTheDenMoi());
            node.put("maDKBDMoi", card.maDKBDMoi());
            node.put("tenDKBDMoi", card.tenDKBDMoi());
        }
        return node;
    }

    private static String normalise(String name) {
        String collapsed = name.strip().replaceAll("\\s+", " ").toUpperCase(VI);
        return collapsed.isEmpty() ? " " : collapsed;
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request == null ? null : request.get(field);
        return value == null || value.isNull() || value.isContainer() ? "" : value.asString().strip();
    }
}
