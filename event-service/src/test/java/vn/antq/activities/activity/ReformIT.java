package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.activities.EventServiceTest;
import vn.antq.activities.Tokens;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * Activities across the 2025 reorganisation: an activity's codes are those of the structure in force on its start
 * date. Xã Trà Bùi (21142, Quảng Ngãi) was split between Xã Cà Đam (21136) and Xã Tây Trà Bồng (21157); Kon Tum's Xã
 * Đắk HRing (23506) was merged into Xã Đăk Mar (23512).
 */
@EventServiceTest
class ReformIT {

    static final String TOKEN = Tokens.token("WOMEN_UNION", null, Role.RECORDER);

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void anActivityOf2024TakesOldCodesAndOneOfAugust2025NewCodes() {
        HttpApi.Response old = record(activity("\"62\"", "\"615\"", "23506", "2024-05-10"), "vi");
        HttpApi.Response current = record(activity("\"51\"", "null", "23512", "2025-08-12"), "vi");

        assertThat(old.status()).isEqualTo(201);
        assertThat(old.json().get("locality").get("name").asString()).isEqualTo("Xã Đắk HRing, Huyện Đắk Hà, Tỉnh Kon Tum");
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("locality").get("name").asString()).isEqualTo("Xã Đăk Mar, Tỉnh Quảng Ngãi");
    }

    @Test
    void anActivityOfSeptember2025WithAnOldCommuneCodeIs400NamingItsSuccessors() {
        String split = activity("\"51\"", "null", "21142", "2025-09-05");
        String merged = activity("\"51\"", "null", "23506", "2025-09-05");

        HttpApi.Response vi = record(split, "vi");
        HttpApi.Response en = record(split, "en");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(error(vi, "locality.commune"))
                .contains("không còn hiệu lực ngày 05/09/2025", "nay thuộc: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
        assertThat(error(en, "locality.commune"))
                .contains("no longer in force on 2025-09-05", "now part of: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
        assertThat(error(record(merged, "en"), "locality.commune")).contains("now part of: 23512 Xã Đăk Mar");
    }

    @Test
    void kontumsOldCodesAfterTheReformAre400NamingQuangNgai() {
        HttpApi.Response refused = record(activity("\"62\"", "\"615\"", "23506", "2025-09-05"), "en");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(error(refused, "locality.province")).contains("now part of: 51 Tỉnh Quảng Ngãi");
        assertThat(error(refused, "locality.commune")).contains("now part of: 23512 Xã Đăk Mar");
    }

    private static String activity(String province, String district, String commune, String day) {
        return """
                {"agency": "WOMEN_UNION", "partnerAgencies": [], "level": "COMMUNE",
                 "locality": {"province": %s, "district": %s, "commune": "%s"},
                 "kind": "VILLAGE_MEETING", "topics": ["an ninh trật tự"], "title": "%s",
                 "startDate": "%s", "endDate": "%s", "participants": 60, "women": 30, "ethnicMinority": 20}
                """.formatted(province, district, commune, ActivityJson.uniqueTitle(), day, day);
    }

    private HttpApi.Response record(String body, String language) {
        return api.request("POST", "/api/v1/activities").token(TOKEN).header("Accept-Language", language).json(body).send();
    }

    private static String error(HttpApi.Response response, String field) {
        return response.json().get("errors").valueStream().filter(e -> field.equals(e.get("field").asString()))
                .map(e -> e.get("message").asString()).findFirst().orElse("no error for " + field + ": " + response.body());
    }
}
