package vn.antq.kit.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Vocabulary;

/**
 * A message argument listing the values a field takes, each with its words from the one catalogue in the reader's
 * language: "VILLAGE_MEETING (Họp thôn), ..." in Vietnamese, "VILLAGE_MEETING (Village meeting), ..." in English. A
 * field of an enum the catalogue does not name lists the values alone.
 */
public record Choices(String dimension, String values) implements MessageSourceResolvable {

    private static final String PREFIX = "vocabulary.choices.";

    /** The values of {@code enumType}, named in the catalogue if it is a contract enum. */
    public static Choices of(Class<?> enumType) {
        String values = Arrays.stream(enumType.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                .collect(Collectors.joining(", "));
        return new Choices(Vocabulary.dimensionOf(enumType).orElse(null), values);
    }

    @Override
    public String[] getCodes() {
        return dimension == null ? new String[0] : new String[] {PREFIX + dimension};
    }

    @Override
    public String getDefaultMessage() {
        return values;
    }

    /**
     * The catalogue's lists of choices, per dimension and language, and each of its codes' words ({@link Word}), as
     * messages the kit's message source falls back to.
     */
    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        for (Map.Entry<String, Map<String, Label>> dimension : Vocabulary.all().entrySet()) {
            for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
                messages.addMessage(PREFIX + dimension.getKey(), locale, dimension.getValue().entrySet().stream()
                        .map(code -> code.getKey() + " (" + code.getValue().in(locale) + ")")
                        .collect(Collectors.joining(", ")));
                for (Map.Entry<String, Label> code : dimension.getValue().entrySet()) {
                    messages.addMessage(Word.PREFIX + dimension.getKey() + "." + code.getKey(), locale,
                            code.getValue().in(locale));
                }
            }
        }
        return messages;
    }
}
