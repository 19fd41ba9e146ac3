package vn.antq.resilience.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.resilience.api.Multipart;

/**
 * Valid request bodies for model-service and award-service, as the agencies' apps send them: models in a commune,
 * quarterly reports, review conferences at province level, nominations, decisions; and event-service's trainings,
 * materials (with a real PDF to upload) and their distributions. Names carry a tag so that one run's records are told
 * apart from another's.
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

    /**
     * The description of a leaflet issued on 1 March 2024 by the caller's agency (the token's: the form names none) at
     * {@code locality} (a unit's codes), in Vietnamese and Ba Na; its file goes in a part of its own.
     */
    public static Map<String, Object> material(Map<String, Object> locality, String tag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Tờ rơi cảnh giác lừa đảo qua mạng " + tag);
        body.put("kind", "LEAFLET");
        body.put("topics", List.of("Phòng chống lừa đảo trực tuyến", "Bảo vệ thông tin cá nhân"));
        body.put("languages", List.of("VIETNAMESE", "BA_NA"));
        body.put("edition", "2024");
        body.put("issuedOn", "2024-03-01");
        body.put("locality", new LinkedHashMap<>(locality));
        return body;
    }

    /** The upload of a material: its description as the JSON part {@code material}, and a PDF as the part {@code file}. */
    public static Multipart upload(Map<String, Object> material, byte[] pdf) {
        return new Multipart().json("material", json(material)).file("file", "Tờ rơi cảnh giác.pdf", "application/pdf", pdf);
    }

    /**
     * A distribution of a material issued on 1 March 2024: {@code copies} printed copies, and its file, received by
     * {@code unit} (a unit's codes) on 2 April 2024.
     */
    public static Map<String, Object> distribution(Map<String, Object> unit, int copies) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unit", new LinkedHashMap<>(unit));
        body.put("receivedOn", "2024-04-02");
        body.put("copies", copies);
        body.put("digital", true);
        return body;
    }

    /** A valid one-page PDF showing {@code text} (ASCII), its cross-reference table at the right offsets. */
    public static byte[] pdf(String text) {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 14 Tf 20 100 Td (" + text + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    public static Map<String, Object> locality(AdminUnit commune) {
        return Map.of("province", commune.provinceCode(), "district", commune.districtCode(), "commune", commune.code());
    }
}
