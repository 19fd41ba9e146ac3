package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/**
 * A value is taken only in its own JSON type and form: everything else is a 400 problem naming the field, in
 * Vietnamese and English, before the controller runs (so nothing is written).
 */
@KitWebTest
class StrictJsonIT {

    private static final String NOTES = "/api/v1/notes";

    private final KitHttp http;
    private final String token;

    StrictJsonIT(@LocalServerPort int port) {
        http = new KitHttp(port);
        token = http.recorder();
    }

    @Test
    void aNumberSentAsTextIsNotTakenAsANumber() {
        KitHttp.Reply reply = post(note("\"participants\": 120", "\"participants\": \"50\"")).assertProblem(400);

        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/validation");
        assertThat(reply.fields()).containsExactly("participants");
        assertThat(reply.message("participants")).isEqualTo("Giá trị phải là số nguyên.");
    }

    @Test
    void aNumberOrABooleanIsNotTakenAsText() {
        KitHttp.Reply number = post(note("\"title\": \"Họp dân thôn Kon Klor\"", "\"title\": 123")).assertProblem(400);
        KitHttp.Reply bool = english(note("\"title\": \"Họp dân thôn Kon Klor\"", "\"title\": true")).assertProblem(400);

        assertThat(number.fields()).containsExactly("title");
        assertThat(number.message("title")).isEqualTo("Giá trị phải là chuỗi ký tự.");
        assertThat(bool.fields()).containsExactly("title");
        assertThat(bool.message("title")).isEqualTo("Must be a string.");
    }

    @Test
    void aBooleanIsOnlyTrueOrFalse() {
        for (String notABoolean : new String[] {"\"true\"", "1", "\"yes\""}) {
            KitHttp.Reply reply = post(note("\"topics\"", "\"urgent\": " + notABoolean + ", \"topics\"")).assertProblem(400);

            assertThat(reply.fields()).as(notABoolean).containsExactly("urgent");
            assertThat(reply.message("urgent")).isEqualTo("Giá trị phải là true hoặc false.");
        }
        assertThat(http.post(NOTES, note("\"topics\"", "\"urgent\": true, \"topics\"")).bearer(token).call().status())
                .isEqualTo(201);
    }

    @Test
    void aDateTimeIsNotTakenAsADate() {
        for (String dateTime : new String[] {"2024-05-01T00:00:00Z", "2024-05-01T08:30:00", "2024-05-01T08:30:00+07:00"}) {
            KitHttp.Reply reply = english(note("\"day\": \"2024-05-01\"", "\"day\": \"" + dateTime + "\""))
                    .assertProblem(400);

            assertThat(reply.fields()).as(dateTime).containsExactly("day");
            assertThat(reply.message("day")).isEqualTo("Must be a date as yyyy-MM-dd.");
        }
    }

    @Test
    void aDateIsOnlyAStringOfAFourDigitYear() {
        for (String notADate : new String[] {"1714521600000", "[2024, 5, 1]", "\"+2024-05-01\"", "\"2024-5-1\"",
                "\"2024-02-30\""}) {
            KitHttp.Reply reply = post(note("\"day\": \"2024-05-01\"", "\"day\": " + notADate)).assertProblem(400);

            assertThat(reply.fields()).as(notADate).containsExactly("day");
            assertThat(reply.message("day")).isEqualTo("Giá trị phải là ngày theo dạng yyyy-MM-dd.");
        }
    }

    @Test
    void controlCharactersAreRefusedInTextNamingTheCharacter() {
        KitHttp.Reply nul = post(note("Kon Klor", "Kon\\u0000Klor")).assertProblem(400);
        KitHttp.Reply bell = english(note("Kon Klor", "Kon\\u0007Klor")).assertProblem(400);
        KitHttp.Reply inAList = post(note("\"an ninh\"", "\"an ninh\", \"\\u001b[31m\"")).assertProblem(400);

        assertThat(nul.fields()).containsExactly("title");
        assertThat(nul.message("title"))
                .isEqualTo("Có ký tự không được phép (U+0000): ký tự điều khiển hoặc ký tự Unicode bị hỏng.");
        assertThat(bell.message("title"))
                .isEqualTo("Contains a character that is not allowed (U+0007): a control character or a broken Unicode character.");
        assertThat(inAList.fields()).containsExactly("topics[1]");
    }

    @Test
    void anEnumNameWithAControlCharacterIsRefusedRatherThanTrimmed() {
        KitHttp.Reply reply = post(note("\"VILLAGE_MEETING\"", "\"VILLAGE_MEETING\\u0000\"")).assertProblem(400);

        assertThat(reply.fields()).containsExactly("kind");
        assertThat(reply.message("kind")).contains("(U+0000)");
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAReplacementCharacter() {
        KitHttp.Reply high = post(note("Kon Klor", "Kon\\ud800Klor")).assertProblem(400);
        KitHttp.Reply low = english(note("\"an ninh\"", "\"\\udc00\"")).assertProblem(400);

        assertThat(high.fields()).containsExactly("title");
        assertThat(high.message("title")).contains("(U+D800)");
        assertThat(low.fields()).containsExactly("topics[0]");
        assertThat(low.message("topics[0]")).contains("(U+DC00)");
    }

    @Test
    void tabsLineBreaksAndPairedSurrogatesAreTextThatEachFieldMayAllow() {
        KitHttp.Reply reply = http.post(NOTES, note("Kon Klor", "Kon\\tKlor\\r\\n\\ud83d\\ude00")).bearer(token).call();

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("content").path("title").asString()).isEqualTo("Họp dân thôn Kon\tKlor\r\n😀");
    }

    @Test
    void aNumberTooLargeForItsFieldIsAFieldErrorNotMalformedJson() {
        KitHttp.Reply huge = post(note("\"participants\": 120", "\"participants\": 100000000000000000000"))
                .assertProblem(400);
        KitHttp.Reply beyondInt = english(note("\"participants\": 120", "\"participants\": 2147483648"))
                .assertProblem(400);

        assertThat(huge.type()).isEqualTo("https://antq.vn/problems/validation");
        assertThat(huge.fields()).containsExactly("participants");
        assertThat(huge.message("participants")).isEqualTo("Số quá lớn hoặc quá nhỏ so với giới hạn của trường này.");
        assertThat(beyondInt.fields()).containsExactly("participants");
        assertThat(beyondInt.message("participants")).isEqualTo("The number is too large or too small for this field.");
    }

    private KitHttp.Reply post(String json) {
        return http.post(NOTES, json).bearer(token).call();
    }

    private KitHttp.Reply english(String json) {
        return http.post(NOTES, json).bearer(token).english().call();
    }

    private static String note(String replaced, String replacement) {
        assertThat(KitHttp.VALID_NOTE).contains(replaced);
        return KitHttp.VALID_NOTE.replace(replaced, replacement);
    }
}
