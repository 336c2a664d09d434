package com.aftersales.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain API reads JSON strictly, so that what a client meant is never guessed: no coercion between strings,
 * numbers and booleans (an empty string is not "no amount"), enum names exactly (no ordinals, no padding, no case
 * folding), a key given twice, text after the value or a second value refused, and text free of NUL, other
 * control characters (line breaks and tabs allowed) and lone surrogates, which PostgreSQL cannot store; times as
 * ISO-8601 text with an offset only.
 * Engine REST and the web apps have mappers of their own and are not affected.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY,
                        StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .featuresToDisable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS,
                        com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .postConfigurer(StrictJson::refuseCoercion)
                .modulesToInstall(new StrictModule());
    }

    private static void refuseCoercion(ObjectMapper mapper) {
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a string is a string: but no number or boolean becomes one
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        // a whole number is a fine amount of money (10 for 10.00)
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        // java.time values, URLs and the like are read from their text
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    }

    /** Refuses characters no field of the domain API may hold; returns {@code null} when the text is clean. */
    static String refusedCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone surrogate";
            }
            if (c == 0) {
                return "contains a NUL character";
            }
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\u2028' || c == '\u2029') {
                return "contains a control character (U+%04X)".formatted((int) c);
            }
        }
        return null;
    }

    private static final class StrictModule extends SimpleModule {

        StrictModule() {
            super("aftersales-strict-input");
            addDeserializer(String.class, new StrictText());
            addDeserializer(Instant.class, new StrictInstant());
            setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                                  BeanDescription description,
                                                                  JsonDeserializer<?> deserializer) {
                    return new ExactEnum(type.getRawClass());
                }
            });
        }
    }

    /** Text from JSON strings only, without the characters {@link #refusedCharacter} names. */
    private static final class StrictText extends StdScalarDeserializer<String> {

        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            String refused = refusedCharacter(text);
            if (refused != null) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, refused, text, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /**
     * A point in time from ISO-8601 text with its offset ({@code 2026-11-25T09:30:00+08:00} or {@code …Z}): no epoch
     * numbers (seconds or milliseconds?) and no local time without an offset (which zone?).
     */
    private static final class StrictInstant extends StdScalarDeserializer<Instant> {

        StrictInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                        "is not an ISO-8601 time with offset", text, Instant.class);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** An enum from its exact name: no ordinal, no padding, no other case. */
    private static final class ExactEnum extends StdScalarDeserializer<Object> {

        private final Class<?> type;

        ExactEnum(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getText();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser,
                    "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()), text, type);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }
}
