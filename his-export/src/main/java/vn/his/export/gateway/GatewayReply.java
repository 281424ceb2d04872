package vn.his.export.gateway;

import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading of the gateway's JSON replies. Property names are matched without regard to case (the guide writes
 * {@code maKetQua}, .NET services sometimes serialise {@code MaKetQua}), and codes are accepted as strings or numbers.
 */
final class GatewayReply {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayReply() {
    }

    static JsonMapper mapper() {
        return JSON;
    }

    /** The reply as a JSON object, or empty when it is not one. */
    static Optional<JsonNode> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /** The child object or value named {@code name} (any case), or {@code null}. */
    static JsonNode child(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }

    /** The scalar named {@code name} as text (strings, numbers, booleans), or {@code null}. */
    static String text(JsonNode object, String name) {
        JsonNode value = child(object, name);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    /** At most {@code max} characters of {@code body}, control characters replaced, for messages and logs. */
    static String excerpt(String body, int max) {
        if (body == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(body.length(), max) + 32);
        for (int i = 0; i < body.length() && out.length() < max; i++) {
            char c = body.charAt(i);
            out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c);
        }
        if (body.length() > max) {
            out.append("… [").append(body.length()).append(" ký tự/characters]");
        }
        return out.toString();
    }
}
