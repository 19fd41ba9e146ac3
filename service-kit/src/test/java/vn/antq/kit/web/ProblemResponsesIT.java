package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;

/** Every kind of bad input gets a 4xx problem+json naming the field, in Vietnamese or English, never a 500. */
@KitWebTest
class ProblemResponsesIT {

    private static final String NOTES = "/api/v1/notes";

    private final KitHttp http;
    private final String token;

    ProblemResponsesIT(@LocalServerPort int port) {
        http = new KitHttp(port);
        token = http.recorder();
    }

    @Test
    void malformedJsonIsA400WithoutFieldInVietnameseByDefault() {
        KitHttp.Reply reply = post("{\"title\": \"Họp dân\",").call().assertProblem(400);

        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/malformed-json");
        assertThat(reply.json().path("title").asString()).isEqualTo("Không đọc được JSON");
        assertThat(reply.fields()).containsExactly((String) null);
        assertThat(reply.message(null)).startsWith("JSON sai cú pháp");
    }

    @Test
    void malformedJsonIsExplainedInEnglishOnRequest() {
        KitHttp.Reply reply = post("{\"title\": }").english().call().assertProblem(400);

        assertThat(reply.json().path("title").asString()).isEqualTo("Unreadable JSON");
        assertThat(reply.message(null)).startsWith("Malformed JSON");
    }

    @Test
    void aMissingBodyIsA400() {
        KitHttp.Reply reply = post("").call().assertProblem(400);

        assertThat(reply.message(null)).isEqualTo("Thiếu nội dung yêu cầu hoặc không đọc được.");
    }

    @Test
    void aWrongJsonTypeNamesTheFieldAndTheExpectedType() {
        KitHttp.Reply reply = post(note("\"participants\": 120", "\"participants\": \"nhiều\"")).call()
                .assertProblem(400);

        assertThat(reply.type()).isEqualTo("https://antq.vn/problems/validation");
        assertThat(reply.fields()).containsExactly("participants");
        assertThat(reply.message("participants")).isEqualTo("Giá trị phải là số nguyên.");
        assertThat(reply.detail()).contains("participants - Giá trị phải là số nguyên.").doesNotContain(".:");
    }

    @Test
    void aWrongTypeInsideTheLocalityNamesTheNestedPath() {
        KitHttp.Reply reply = post(note("\"commune\": \"23491\"", "\"commune\": {\"code\": \"23491\"}")).english()
                .call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("locality.commune");
        assertThat(reply.message("locality.commune")).isEqualTo("Must be a string.");
    }

    @Test
    void aWrongTypeInAListNamesTheElement() {
        KitHttp.Reply reply = post(note("\"topics\": [\"an ninh\"]", "\"topics\": [\"an ninh\", {}]")).call()
                .assertProblem(400);

        assertThat(reply.fields()).containsExactly("topics[1]");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        KitHttp.Reply reply = post(note("\"VILLAGE_MEETING\"", "\"TEA_PARTY\"")).call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("kind");
        assertThat(reply.message("kind"))
                .isEqualTo("Giá trị không hợp lệ; chỉ nhận một trong các giá trị: VILLAGE_MEETING, CONTEST, LOUDSPEAKER.");
    }

    @Test
    void aNumberForAnEnumIsRefusedRatherThanTakenAsAnIndex() {
        KitHttp.Reply reply = post(note("\"VILLAGE_MEETING\"", "1")).call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("kind");
    }

    @Test
    void aFractionForAWholeNumberIsRefusedRatherThanRounded() {
        KitHttp.Reply reply = post(note("\"participants\": 120", "\"participants\": 120.5")).call()
                .assertProblem(400);

        assertThat(reply.fields()).containsExactly("participants");
    }

    @Test
    void anUnknownFieldIsRefusedAndTheKnownFieldsListed() {
        KitHttp.Reply reply = post(note("\"title\"", "\"titel\"")).english().call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("titel");
        assertThat(reply.message("titel")).startsWith("Unknown field (a typo?); known fields: ")
                .contains("title").contains("participants");
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanOverwritten() {
        KitHttp.Reply reply = post(note("\"participants\": 120", "\"participants\": 120, \"participants\": 5"))
                .call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("participants");
        assertThat(reply.message("participants")).isEqualTo("Trường này xuất hiện hai lần trong JSON.");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        KitHttp.Reply reply = post("[1, 2]").english().call().assertProblem(400);

        assertThat(reply.message(null)).isEqualTo("Must be a JSON object.");
    }

    @Test
    void anUnknownNestedFieldNamesItsPath() {
        KitHttp.Reply reply = post(note("\"province\": \"62\"", "\"province\": \"62\", \"ward\": \"1\"")).call()
                .assertProblem(400);

        assertThat(reply.fields()).containsExactly("locality.ward");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceInVietnamese() {
        String body = """
                {"agency": "WOMEN_UNION", "title": " ", "kind": null,
                 "locality": {"province": "6", "commune": "ABC"}, "participants": -3}""";

        KitHttp.Reply reply = post(body).call().assertProblem(400);

        assertThat(reply.fields()).containsExactlyInAnyOrder("title", "kind", "locality.province",
                "locality.commune", "participants");
        assertThat(reply.message("title")).isEqualTo("không được để trống");
        assertThat(reply.message("participants")).isEqualTo("không được là số âm");
        assertThat(reply.message("locality.province")).isEqualTo("không đúng định dạng");
        assertThat(reply.detail()).startsWith("Dữ liệu gửi lên có 5 lỗi");
    }

    @Test
    void validationMessagesAreEnglishOnRequestWithTheirLimits() {
        String body = note("\"title\": \"Họp dân thôn Kon Klor\"", "\"title\": \"" + "x".repeat(201) + "\"");

        KitHttp.Reply english = post(body).english().call().assertProblem(400);
        KitHttp.Reply vietnamese = post(body).call().assertProblem(400);

        assertThat(english.message("title")).isEqualTo("size must be between 0 and 200");
        assertThat(vietnamese.message("title")).isEqualTo("độ dài phải từ 0 đến 200");
    }

    @Test
    void anUnknownLocalityCodeIsA400OnTheLocalityField() {
        KitHttp.Reply reply = post(note("\"commune\": \"23491\"", "\"commune\": \"99999\"")).call()
                .assertProblem(400);

        assertThat(reply.fields()).containsExactly("locality.commune");
        assertThat(reply.message("locality.commune")).isEqualTo("Không có đơn vị hành chính mã 99999");
    }

    @Test
    void invalidRequestParametersNameTheParameter() {
        KitHttp.Reply notANumber = get(NOTES + "?size=many").call().assertProblem(400);
        KitHttp.Reply tooSmall = get(NOTES + "?size=0").call().assertProblem(400);
        KitHttp.Reply unknownKind = get(NOTES + "?kind=TEA_PARTY").english().call().assertProblem(400);
        KitHttp.Reply badDate = get(NOTES + "?from=2024-13-01").call().assertProblem(400);

        assertThat(notANumber.fields()).containsExactly("size");
        assertThat(notANumber.message("size")).isEqualTo("Giá trị phải là số nguyên.");
        assertThat(tooSmall.fields()).containsExactly("size");
        assertThat(tooSmall.message("size")).isEqualTo("phải lớn hơn hoặc bằng 1");
        assertThat(unknownKind.message("kind")).isEqualTo(
                "Invalid value; must be one of: VILLAGE_MEETING, CONTEST, LOUDSPEAKER.");
        assertThat(badDate.message("from")).isEqualTo("Giá trị phải là ngày theo dạng yyyy-MM-dd.");
    }

    @Test
    void anInvalidPathVariableNamesTheVariable() {
        KitHttp.Reply reply = get(NOTES + "/by-day/yesterday").call().assertProblem(400);

        assertThat(reply.fields()).containsExactly("day");
    }

    @Test
    void anUnsupportedContentTypeIsA415() {
        KitHttp.Reply reply = http.send("POST", NOTES, HttpRequest.BodyPublishers.ofString(KitHttp.VALID_NOTE))
                .header("Content-Type", "text/plain").bearer(token).english().call().assertProblem(415);

        assertThat(reply.detail()).isEqualTo("Content type text/plain is not supported; send application/json.");
    }

    @Test
    void anUnacceptableAcceptHeaderIsA406() {
        get(NOTES).header("Accept", "application/xml").call().assertProblem(406);
    }

    @Test
    void anUnsupportedMethodIsA405ListingTheAllowedOnes() {
        KitHttp.Reply reply = http.send("PATCH", NOTES, HttpRequest.BodyPublishers.noBody())
                .bearer(token).call().assertProblem(405);

        assertThat(reply.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void anUnknownPathIsA404() {
        KitHttp.Reply reply = get("/api/v1/nothing-here").call().assertProblem(404);

        assertThat(reply.detail()).isEqualTo("Không có tài nguyên nào tại địa chỉ /api/v1/nothing-here.");
    }

    @Test
    void anUnknownRecordIsA404NamingIt() {
        KitHttp.Reply reply = get(NOTES + "/n-404").english().call().assertProblem(404);

        assertThat(reply.detail()).isEqualTo("There is no note with id n-404.");
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        KitHttp.Reply springReply = get(NOTES + "/failures/database-down").call().assertProblem(503);
        KitHttp.Reply driverReply = get(NOTES + "/failures/mongo-timeout").english().call().assertProblem(503);

        assertThat(springReply.header("Retry-After")).isEqualTo("10");
        assertThat(springReply.detail()).startsWith("Không kết nối được cơ sở dữ liệu");
        assertThat(driverReply.header("Retry-After")).isEqualTo("10");
        assertThat(driverReply.detail()).startsWith("The database cannot be reached");
    }

    @Test
    void aDuplicateKeyRaceIsA409() {
        get(NOTES + "/failures/duplicate").call().assertProblem(409);
    }

    @Test
    void anUnexpectedFailureIsA500ThatRevealsNothing() {
        KitHttp.Reply reply = get(NOTES + "/failures/anything-else").call().assertProblem(500);

        assertThat(reply.body()).doesNotContain("Secret").doesNotContain("NoteStore").doesNotContain("IllegalState");
        assertThat(reply.detail()).startsWith("Đã xảy ra lỗi ngoài dự kiến");
    }

    @Test
    void theLanguageFollowsAcceptLanguageAndFallsBackToVietnamese() {
        KitHttp.Reply english = get("/api/v1/nothing-here").header("Accept-Language", "en-US,en;q=0.9").call();
        KitHttp.Reply french = get("/api/v1/nothing-here").header("Accept-Language", "fr-FR").call();

        assertThat(english.assertProblem(404).json().path("title").asString()).isEqualTo("Not found");
        assertThat(french.assertProblem(404).json().path("title").asString()).isEqualTo("Không tìm thấy");
    }

    @Test
    void requestsRefusedBeforeReachingTheControllersAreProblemsToo() {
        KitHttp.Reply byTomcat = get("/api/v1/notes/a%2Fb").english().call().assertProblem(400);
        KitHttp.Reply byTheFirewall = get("/api/v1/notes;x=1/y").call().assertProblem(400);

        assertThat(byTomcat.json().path("title").asString()).isEqualTo("Bad request");
        assertThat(byTheFirewall.json().path("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
    }

    private KitHttp.Call post(String json) {
        return http.post(NOTES, json).bearer(token);
    }

    private KitHttp.Call get(String path) {
        return http.get(path).bearer(token);
    }

    /** The valid note with one piece of it replaced. */
    private static String note(String replaced, String replacement) {
        assertThat(KitHttp.VALID_NOTE).contains(replaced);
        return KitHttp.VALID_NOTE.replace(replaced, replacement);
    }
}
