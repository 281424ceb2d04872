package vn.his.web.config;

import java.time.LocalDateTime;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies of the API are read strictly: Jackson's lenient coercions would otherwise turn a malformed value into a
 * silently different request (found by {@code ApiFuzzDbTest}): {@code "patientId": 1.5} became patient 1, and an empty
 * string or an empty array where a date-time is expected ({@code "arrivalTime": ""} or {@code []}) became an absent
 * time, which the services read as "now". Each is now refused as unreadable (400 problem+json) instead; an absent
 * time is written by leaving the field out or as {@code null}.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonCoercions() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-date-times")
                        .addDeserializer(LocalDateTime.class, new StrictLocalDateTimeDeserializer()));
    }

    /** ISO local date-times as Jackson reads them, but only from a non-blank JSON string. */
    static final class StrictLocalDateTimeDeserializer extends ValueDeserializer<LocalDateTime> {

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
            }
            String text = p.getString();
            if (text.isBlank()) {
                throw ctxt.weirdStringException(text, LocalDateTime.class, "a date-time must not be blank");
            }
            return LocalDateTimeDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }
}
