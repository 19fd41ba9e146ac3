package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.kit.security.Role;
import vn.antq.testsupport.HttpApi;

/**
 * Reviews and awards across the 2025 reorganisation: a review's codes are those of the structure in force on the
 * day it was held, a nomination's those in force on its review's day. Xã Trà Bùi (21142, Quảng Ngãi) was split
 * between Xã Cà Đam (21136) and Xã Tây Trà Bồng (21157); Kon Tum's Xã Đắk HRing (23506) went into Xã Đăk Mar (23512).
 */
@AwardServiceTest
class ReformIT {

    @LocalServerPort
    int port;

    HttpApi api;
    String recorder;

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
        recorder = Tokens.token("recorder-" + Bodies.unique(), "WOMEN_UNION", null, Role.RECORDER);
    }

    @Test
    void aReviewOf2024TakesOldCodesAndOneOfAugust2025NewCodes() {
        HttpApi.Response old = hold("\"62\"", "\"615\"", "\"23506\"", "2024-05-20", "vi");
        HttpApi.Response current = hold("\"51\"", "null", "\"23512\"", "2025-08-20", "vi");

        assertThat(old.status()).isEqualTo(201);
        assertThat(old.json().get("locality").get("name").asString()).isEqualTo("Xã Đắk HRing, Huyện Đắk Hà, Tỉnh Kon Tum");
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("locality").get("name").asString()).isEqualTo("Xã Đăk Mar, Tỉnh Quảng Ngãi");
    }

    @Test
    void aReviewOfSeptember2025WithAnOldCommuneCodeIs400NamingItsSuccessors() {
        HttpApi.Response vi = hold("\"51\"", "null", "\"21142\"", "2025-09-10", "vi");
        HttpApi.Response en = hold("\"51\"", "null", "\"21142\"", "2025-09-10", "en");

        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(error(vi, "locality.commune"))
                .contains("không còn hiệu lực ngày 10/09/2025", "nay thuộc: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
        assertThat(error(en, "locality.commune"))
                .contains("no longer in force on 2025-09-10", "now part of: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
    }

    @Test
    void aNominationTakesTheCodesInForceOnItsReviewsDay() {
        String review2024 = hold("\"62\"", "null", "null", "2024-10-15", "vi").text("id");
        String review2025 = hold("\"51\"", "null", "null", "2025-08-20", "vi").text("id");
        String review2025September = hold("\"51\"", "null", "null", "2025-09-10", "vi").text("id");

        HttpApi.Response old = nominate("\"62\"", "\"615\"", "\"23506\"", review2024, "vi");
        HttpApi.Response current = nominate("\"51\"", "null", "\"23512\"", review2025, "vi");
        HttpApi.Response vi = nominate("\"51\"", "null", "\"21142\"", review2025September, "vi");
        HttpApi.Response en = nominate("\"51\"", "null", "\"21142\"", review2025September, "en");

        assertThat(old.status()).isEqualTo(201);
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("locality").get("name").asString()).isEqualTo("Xã Đăk Mar, Tỉnh Quảng Ngãi");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(error(vi, "locality.commune")).contains("nay thuộc: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
        assertThat(error(en, "locality.commune")).contains("now part of: 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng");
    }

    private HttpApi.Response hold(String province, String district, String commune, String heldOn, String language) {
        String level = commune.equals("null") ? "PROVINCE" : "COMMUNE";
        String body = """
                {"kind": "INTERIM", "organiser": "WOMEN_UNION", "level": "%s",
                 "locality": {"province": %s, "district": %s, "commune": %s},
                 "heldOn": "%s", "periodFrom": "2024-01-01", "periodTo": "2024-04-30", "title": "Sơ kết %s"}
                """.formatted(level, province, district, commune, heldOn, Bodies.unique());
        return api.request("POST", "/api/v1/reviews").token(recorder).header("Accept-Language", language).json(body).send();
    }

    private HttpApi.Response nominate(String province, String district, String commune, String reviewId, String language) {
        String body = """
                {"form": "CERTIFICATE_OF_MERIT", "recipientType": "COLLECTIVE", "recipientName": "Chi hội phụ nữ %s",
                 "recipientAgency": "WOMEN_UNION", "locality": {"province": %s, "district": %s, "commune": %s},
                 "reviewId": "%s", "citation": "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc",
                 "activityIds": [], "modelIds": []}
                """.formatted(Bodies.unique(), province, district, commune, reviewId);
        return api.request("POST", "/api/v1/awards").token(recorder).header("Accept-Language", language).json(body).send();
    }

    private static String error(HttpApi.Response response, String field) {
        return response.json().get("errors").valueStream().filter(e -> field.equals(e.get("field").asString()))
                .map(e -> e.get("message").asString()).findFirst().orElse("no error for " + field + ": " + response.body());
    }
}
