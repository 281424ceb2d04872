package vn.his.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonConfigurationTest {

    record Body(Long patientId, LocalDateTime arrivalTime, String note) {
    }

    private final JsonMapper mapper = strictMapper();

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonConfiguration().strictJsonCoercions().customize(builder);
        return builder.build();
    }

    @Test
    void wellFormedBodiesAreReadAsBefore() {
        Body body = mapper.readValue("{\"patientId\":7,\"arrivalTime\":\"2026-11-20T08:00:00\",\"note\":\"\"}",
                Body.class);
        assertThat(body).isEqualTo(new Body(7L, LocalDateTime.of(2026, 11, 20, 8, 0), ""));
        assertThat(mapper.readValue("{\"patientId\":null}", Body.class).arrivalTime()).isNull();
    }

    @Test
    void aFractionIsNotAnIdentifier() {
        assertThatThrownBy(() -> mapper.readValue("{\"patientId\":1.5}", Body.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anEmptyStringOrArrayIsNotAnAbsentTime() {
        assertThatThrownBy(() -> mapper.readValue("{\"arrivalTime\":\"\"}", Body.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"arrivalTime\":\"  \"}", Body.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"arrivalTime\":[]}", Body.class))
                .isInstanceOf(JacksonException.class);
    }
}
