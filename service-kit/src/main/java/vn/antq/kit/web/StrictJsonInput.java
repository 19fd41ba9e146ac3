package vn.antq.kit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: a stricter copy of the service's {@link JsonMapper}, so that a value is taken only in
 * its own JSON type and form, and anything else is a 400 naming the field ({@link UnreadableBody}), never silently
 * converted, rounded, truncated or replaced:
 * <ul>
 * <li>no coercion: {@code "50"} is not a number, {@code 123} or {@code true} is not text, {@code "true"} or {@code 1}
 * is not a boolean, a fraction is not a whole number, a number is not an enum;</li>
 * <li>a date is {@code yyyy-MM-dd} and nothing else (not a date-time, a timestamp or an array);</li>
 * <li>no text (enum names included) holds a control character other than tab and line breaks, nor a lone
 * surrogate ({@link TextCharacters}); a number too large for its field is a field error;</li>
 * <li>an unknown field, a field given twice, {@code null} for a primitive or trailing tokens are errors.</li>
 * </ul>
 * Events and everything else keep Boot's tolerant mapper.
 */
public final class StrictJsonInput {

    private StrictJsonInput() {
    }

    public static JsonMapper of(JsonMapper base) {
        SimpleModule strictValues = new SimpleModule("antq-strict-input")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(LocalDate.class, new PlainDate())
                .setDeserializerModifier(new CheckedEnums());
        return base.rebuild()
                .addModule(strictValues)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /** A text holding a character no text may hold; the handler names the field and the character. */
    static final class RefusedCharacter extends MismatchedInputException {

        private final int codePoint;

        RefusedCharacter(JsonParser parser, int codePoint) {
            super(parser, "Text holds " + TextCharacters.name(codePoint), String.class);
            this.codePoint = codePoint;
        }

        int codePoint() {
            return codePoint;
        }
    }

    private static void check(JsonParser parser, String text) {
        OptionalInt refused = TextCharacters.firstRefused(text);
        if (refused.isPresent()) {
            throw new RefusedCharacter(parser, refused.getAsInt());
        }
    }

    /** Text as Jackson reads it (with the coercion rules above), then checked character by character. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null) {
                check(parser, text);
            }
            return text;
        }
    }

    /**
     * Enum names checked like any text first: Jackson trims a name it does not know before looking again, and
     * {@code String.trim()} drops control characters too, so "INTERIM" followed by a NUL would otherwise be taken.
     */
    static final class CheckedEnums extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return new CheckedEnum(deserializer);
        }
    }

    static final class CheckedEnum extends DelegatingDeserializer {

        CheckedEnum(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new CheckedEnum(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                check(parser, parser.getString());
            }
            return super.deserialize(parser, context);
        }
    }

    /** A date only as the string {@code yyyy-MM-dd}, a real day of a four-digit year. */
    static final class PlainDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        PlainDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (FORM.matcher(text).matches()) {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException impossible) {
                        // 2024-02-30: reported below like any other value that is not a date
                    }
                }
            }
            throw MismatchedInputException.from(parser, context.constructType(LocalDate.class),
                    "Not a date as yyyy-MM-dd");
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
