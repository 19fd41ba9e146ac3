package vn.antq.resilience.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import vn.antq.gazetteer.AdminUnit;

/**
 * Valid request bodies for model-service and award-service, as the agencies' apps send them: models in a commune,
 * quarterly reports, review conferences at province level, nominations, decisions; and event-service's trainings. Names carry a tag so that one
 * run's records are told apart from another's.
 */
public final class Bodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final List<String> MODEL_TYPES = List.of("WOMEN_CRIME_PREVENTION", "WOMEN_LEGAL_OUTREACH_TEAM",
            "MEDIATION_TEAM", "SELF_MANAGED_SECURITY_TEAM", "CRIME_FREE_HAMLET", "REINTEGRATION_SUPPORT_GROUP");

    private Bodies() {
    }

    public static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }

    public static Map<String, Object> model(String agency, AdminUnit commune, String type, String tag, int members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Tổ tự quản an ninh trật tự thôn Đồng Tâm " + tag);
        body.put("type", type);
        body.put("agency", agency);
        body.put("partnerAgencies", List.of());
        body.put("locality", locality(commune));
        body.put("village", "Thôn Đồng Tâm");
        body.put("establishedOn", "2023-03-08");
        body.put("members", members);
        return body;
    }

    public static Map<String, Object> randomModel(String agency, Places places, Random random, String tag) {
        return model(agency, places.anyCommune(random), MODEL_TYPES.get(random.nextInt(MODEL_TYPES.size())), tag,
                5 + random.nextInt(40));
    }

    /** The report of a quarter of 2024 ({@code quarter} 1-4). */
    public static Map<String, Object> report(int quarter, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", "2024-Q" + quarter);
        body.put("meetings", random.nextInt(6));
        body.put("mediations", random.nextInt(4));
        body.put("tipsReported", random.nextInt(3));
        body.put("offendersSupported", random.nextInt(2));
        body.put("incidents", random.nextInt(2));
        body.put("membersAtPeriodEnd", 5 + random.nextInt(40));
        body.put("notes", "Sinh hoạt định kỳ, hòa giải mâu thuẫn trong khu dân cư");
        return body;
    }

    /** An interim review of 2024 held by one agency at province level. */
    public static Map<String, Object> review(String agency, String province, String tag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INTERIM");
        body.put("organiser", agency);
        body.put("agencies", List.of(agency));
        body.put("level", "PROVINCE");
        body.put("locality", Map.of("province", province));
        body.put("heldOn", "2024-12-16");
        body.put("periodFrom", "2024-01-01");
        body.put("periodTo", "2024-11-30");
        body.put("title", "Hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024 " + tag);
        return body;
    }

    public static Map<String, Object> nomination(String agency, AdminUnit commune, String reviewId, String recipient) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", "CERTIFICATE_OF_COMMENDATION");
        body.put("recipientType", "COLLECTIVE");
        body.put("recipientName", recipient);
        body.put("recipientAgency", agency);
        body.put("locality", locality(commune));
        body.put("reviewId", reviewId);
        body.put("citation", "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024");
        body.put("activityIds", List.of());
        body.put("modelIds", List.of());
        return body;
    }

    public static Map<String, Object> approval(String issuer, String decisionNo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approve", true);
        body.put("issuer", issuer);
        body.put("decisionNo", decisionNo);
        body.put("decidedOn", LocalDate.of(2024, 12, 20).toString());
        return body;
    }

    /**
     * A digital-skills training of May 2024 held by {@code agency} at {@code locality} (a commune's codes), for
     * {@code staff} of its own staff there.
     */
    public static Map<String, Object> training(String agency, Map<String, Object> locality, String tag, int staff) {
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("agency", agency);
        attendance.put("unit", new LinkedHashMap<>(locality));
        attendance.put("staff", staff);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency", agency);
        body.put("locality", new LinkedHashMap<>(locality));
        body.put("title", "Tập huấn kỹ năng số cho cán bộ cơ sở " + tag);
        body.put("startDate", "2024-05-10");
        body.put("endDate", "2024-05-11");
        body.put("topics", List.of("ZALO_GROUP", "COUNTERING_FALSE_NEWS"));
        body.put("trainers", List.of("Nguyễn Thị Hoa", "Trần Văn Nam"));
        body.put("attendees", List.of(attendance));
        return body;
    }

    public static Map<String, Object> locality(AdminUnit commune) {
        return Map.of("province", commune.provinceCode(), "district", commune.districtCode(), "commune", commune.code());
    }
}
