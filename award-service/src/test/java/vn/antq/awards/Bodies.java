package vn.antq.awards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies of the integration tests, as the API's JSON. */
public final class Bodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {
    }

    /** A tag that keeps one test's records apart from every other's in the shared database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String review(String kind, String organiser, List<String> agencies, String province, String heldOn,
                                String periodFrom, String periodTo, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("organiser", organiser);
        body.put("agencies", agencies);
        body.put("level", "PROVINCE");
        body.put("locality", Map.of("province", province));
        body.put("heldOn", heldOn);
        body.put("periodFrom", periodFrom);
        body.put("periodTo", periodTo);
        body.put("title", title);
        return JSON.writeValueAsString(body);
    }

    /** Kon Tum's final review of 2019-2024, held jointly by the four agencies. */
    public static String konTumFinalReview(String title) {
        return review("FINAL", "JOINT", List.of("WOMEN_UNION", "POLICE", "VETERANS", "FARMERS"), "62", "2024-10-15",
                "2019-01-01", "2024-09-30", title);
    }

    public static String nomination(String form, String recipientType, String recipientName, String recipientAgency,
                                    String district, String commune, String reviewId) {
        Map<String, Object> locality = new LinkedHashMap<>();
        locality.put("province", "62");
        locality.put("district", district);
        locality.put("commune", commune);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", form);
        body.put("recipientType", recipientType);
        body.put("recipientName", recipientName);
        body.put("recipientAgency", recipientAgency);
        body.put("locality", locality);
        body.put("reviewId", reviewId);
        body.put("citation", "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024");
        body.put("activityIds", List.of());
        body.put("modelIds", List.of());
        return JSON.writeValueAsString(body);
    }

    public static String approval(String issuer, String decisionNo, String decidedOn) {
        return JSON.writeValueAsString(Map.of("approve", true, "issuer", issuer, "decisionNo", decisionNo,
                "decidedOn", decidedOn));
    }

    public static String rejection(String reason) {
        return JSON.writeValueAsString(Map.of("approve", false, "reason", reason));
    }

    public static String revocation(String reason) {
        return JSON.writeValueAsString(Map.of("reason", reason));
    }
}
