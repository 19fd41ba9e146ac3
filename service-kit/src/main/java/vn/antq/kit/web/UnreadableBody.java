package vn.antq.kit.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a request body Jackson could not read into a problem naming the field by its JSON path
 * ({@code locality.commune}, {@code partnerAgencies[1]}) and saying what was expected, instead of
 * Jackson's developer message.
 */
final class UnreadableBody {

    /** What the handler renders: the problem type and the one field problem. */
    record Described(ProblemType type, FieldProblem problem) {
    }

    private UnreadableBody() {
    }

    static Described describe(HttpMessageNotReadableException exception) {
        JacksonException jackson = find(exception, JacksonException.class);
        if (jackson == null) {
            return new Described(ProblemType.MALFORMED_JSON, FieldProblem.coded(null, "validation.body-unreadable"));
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
            return validation(field, "validation.unknown-field", known);
        }
        if (jackson instanceof StrictJsonInput.RefusedCharacter refused) {
            return validation(field, "validation.text-character", TextCharacters.name(refused.codePoint()));
        }
        if (jackson instanceof InputCoercionException outOfRange) {
            // A number too large for its field is the field's problem, not broken JSON.
            return validation(field != null ? field : parserPath(outOfRange), "validation.number-out-of-range");
        }
        if (jackson instanceof InvalidNullException) {
            return validation(field, "validation.not-null");
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return validation(field, "validation.enum", Choices.of(target));
            }
            return validation(field, "validation.type", new TypeName(typeCode(target)));
        }
        if (jackson instanceof MismatchedInputException) {
            return validation(field, "validation.invalid-value");
        }
        if (jackson instanceof StreamReadException broken) {
            if (String.valueOf(broken.getOriginalMessage()).startsWith("Duplicate")) {
                return validation(field != null ? field : parserPath(broken), "validation.duplicate-field");
            }
            // A syntax error is located by line and column; a field path would often mislead (truncated text).
            TokenStreamLocation location = jackson.getLocation();
            if (location != null && location.getLineNr() > 0) {
                return new Described(ProblemType.MALFORMED_JSON, FieldProblem.coded(null,
                        "validation.malformed-json.at", String.valueOf(location.getLineNr()),
                        String.valueOf(location.getColumnNr())));
            }
            return new Described(ProblemType.MALFORMED_JSON, FieldProblem.coded(null, "validation.malformed-json"));
        }
        // Typically a constructor that refused the value (ValueInstantiationException).
        return validation(field, "validation.invalid-value");
    }

    private static Described validation(String field, String code, Object... args) {
        return new Described(ProblemType.VALIDATION, FieldProblem.coded(field, code, args));
    }

    /** The JSON path of the failing value, or null for the document as a whole. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Where the parser was when it failed, as a path; null at the top level. */
    private static String parserPath(StreamReadException exception) {
        if (exception.processor() == null) {
            return null;
        }
        Deque<TokenStreamContext> fromRoot = new ArrayDeque<>();
        for (TokenStreamContext context = exception.processor().streamReadContext();
                context != null && !context.inRoot(); context = context.getParent()) {
            fromRoot.push(context);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext context : fromRoot) {
            if (context.inArray()) {
                path.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
            } else if (context.currentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.currentName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Message code of the name of a JSON value type, e.g. {@code type.integer}. */
    static String typeCode(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "type.integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "type.number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "type.boolean";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "type.text";
        }
        if (type == LocalDate.class) {
            return "type.date";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return "type.date-time";
        }
        if (type == LocalTime.class) {
            return "type.time";
        }
        if (type == YearMonth.class) {
            return "type.year-month";
        }
        if (type == UUID.class) {
            return "type.uuid";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "type.list";
        }
        return "type.object";
    }

    static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** A message argument resolved as the code of a type name. */
    record TypeName(String code) implements org.springframework.context.MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public String getDefaultMessage() {
            return code;
        }
    }
}
