package vn.antq.kit.web;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A user-facing text: a message code with arguments, resolved in the user's language through the
 * MessageSource ({@code messages} of the service first, then the kit's {@code kit-messages}), or a ready
 * Vietnamese and English pair, e.g. from the gazetteer.
 */
public sealed interface Text permits Text.Message, Text.Translated {

    static Text code(String code, Object... args) {
        return new Message(new DefaultMessageSourceResolvable(new String[] {code}, args, code));
    }

    static Text of(String vi, String en) {
        return new Translated(vi, en);
    }

    String resolve(MessageSource messages, Locale locale);

    /** Resolved through the MessageSource, e.g. a code, or a bean-validation error with its codes. */
    record Message(MessageSourceResolvable resolvable) implements Text {

        public Message {
            Objects.requireNonNull(resolvable, "resolvable");
        }

        @Override
        public String resolve(MessageSource messages, Locale locale) {
            return messages.getMessage(resolvable, locale);
        }

        @Override
        public String toString() {
            String[] codes = resolvable.getCodes();
            return codes == null || codes.length == 0 ? String.valueOf(resolvable.getDefaultMessage())
                    : codes[codes.length - 1];
        }
    }

    record Translated(String vi, String en) implements Text {

        public Translated {
            Objects.requireNonNull(vi, "vi");
            Objects.requireNonNull(en, "en");
        }

        @Override
        public String resolve(MessageSource messages, Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
        }

        @Override
        public String toString() {
            return en;
        }
    }
}
