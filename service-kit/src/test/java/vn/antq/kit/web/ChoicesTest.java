package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.env.MockEnvironment;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;

/** A refused value's message lists the values the field takes with their words from the one catalogue. */
class ChoicesTest {

    private final MessageSource messages = new KitWebConfiguration()
            .messageSource(new MockEnvironment().withProperty("spring.application.name", "no-such-service"));

    @Test
    void aContractEnumsValuesComeWithTheirWordsInTheReadersLanguage() {
        String vi = messages.getMessage("validation.enum", new Object[] {Choices.of(Channel.class)}, Locale.forLanguageTag("vi"));
        String en = messages.getMessage("validation.enum", new Object[] {Choices.of(Channel.class)}, Locale.ENGLISH);

        assertThat(vi).isEqualTo("Giá trị không hợp lệ; chỉ nhận một trong các giá trị: DIRECT (Trực tiếp), ONLINE (Trực tuyến), "
                + "BROADCAST (Phát thanh), PRINT (Ấn phẩm).");
        assertThat(en).isEqualTo("Invalid value; must be one of: DIRECT (Direct), ONLINE (Online), BROADCAST (Broadcast), "
                + "PRINT (Print).");
        assertThat(messages.getMessage(Choices.of(ActivityKind.class), Locale.ENGLISH))
                .contains("QUIZ (Democratic flower-picking quiz)", "MOCK_TRIAL (Mock trial)");
    }

    enum NotInTheCatalogue { ONE, TWO }

    @Test
    void anEnumTheCatalogueDoesNotNameListsItsValues() {
        assertThat(messages.getMessage("validation.enum", new Object[] {Choices.of(NotInTheCatalogue.class)}, Locale.ENGLISH))
                .isEqualTo("Invalid value; must be one of: ONE, TWO.");
    }
}
