package vn.antq.analytics.reviewreport.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.reviewreport.ReportFiles;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * A subscription as it is asked for; {@link #check} reports every bad field at once (400, nothing stored).
 */
@Schema(name = "ReportSubscriptionRequest")
public record SubscriptionForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the recipient's name, e.g. Nguyễn Văn An",
                maxLength = NAME_MAX) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the recipient's e-mail address",
                maxLength = EMAIL_MAX) String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the unit reported on: a province (2 digits), district (3) or commune (5) code") String unit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"MONTHLY", "QUARTERLY"}) String cadence,
        @Schema(description = "vi (default) or en") String language,
        @Schema(description = "pdf (default) or another report file format") String format) {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final List<String> LANGUAGES = List.of("vi", "en");

    /**
     * A plain address: letters, digits, '_', '+', '-' and dots before the '@', a domain with at least one dot. Narrower than
     * RFC 5322 (no quoted local parts, no IP literals, no '/' or ':'): what an official mailbox looks like, and an address
     * that stays one segment of a delivery's id in a URL.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9_+-]+(\\.[a-z0-9_+-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern UNIT = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    /** The subscription, or 400 listing every problem. The unit's scope (403) is the controller's. */
    Subscription check(Places places, String createdBy, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String checkedName = trimmed(name);
        if (checkedName == null) {
            problems.add(FieldProblem.of("name", "Cần nhập họ tên người nhận", "The recipient's name is required"));
        } else if (checkedName.length() > NAME_MAX || checkedName.chars().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of("name", "Họ tên người nhận tối đa " + NAME_MAX + " ký tự, không có ký tự điều khiển",
                    "The recipient's name has at most " + NAME_MAX + " characters and no control characters"));
        }
        String checkedEmail = normalisedEmail(email);
        if (checkedEmail == null) {
            problems.add(FieldProblem.of("email", "Cần nhập địa chỉ thư điện tử", "The e-mail address is required"));
        } else if (checkedEmail.length() > EMAIL_MAX || !EMAIL.matcher(checkedEmail).matches()) {
            problems.add(FieldProblem.of("email", "Địa chỉ thư điện tử không hợp lệ: " + email.trim() + " (ví dụ: ten@tinh.gov.vn)",
                    "Invalid e-mail address: " + email.trim() + " (e.g. name@province.gov.vn)"));
        }
        String checkedUnit = trimmed(unit);
        if (checkedUnit == null) {
            problems.add(FieldProblem.of("unit", "Cần chọn địa bàn của báo cáo (mã tỉnh, huyện hoặc xã)",
                    "The report's unit is required (a province, district or commune code)"));
        } else if (!UNIT.matcher(checkedUnit).matches() || places.resolve(checkedUnit).isEmpty()) {
            problems.add(FieldProblem.of("unit", "Mã địa bàn không tồn tại: " + checkedUnit + " (mã tỉnh 2 chữ số, huyện 3, xã 5)",
                    "Unknown unit code: " + checkedUnit + " (province 2 digits, district 3, commune 5)"));
        }
        Cadence checkedCadence = null;
        String cadenceName = trimmed(cadence);
        if (cadenceName == null) {
            problems.add(FieldProblem.of("cadence", "Cần chọn kỳ gửi: MONTHLY (hằng tháng) hoặc QUARTERLY (hằng quý)",
                    "The cadence is required: MONTHLY or QUARTERLY"));
        } else {
            try {
                checkedCadence = Cadence.valueOf(cadenceName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("cadence", "Kỳ gửi không hợp lệ: " + cadenceName
                        + " (chọn MONTHLY - hằng tháng hoặc QUARTERLY - hằng quý)",
                        "Unknown cadence: " + cadenceName + " (choose MONTHLY or QUARTERLY)"));
            }
        }
        String checkedLanguage = trimmed(language) == null ? "vi" : language.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(checkedLanguage)) {
            problems.add(FieldProblem.of("language", "Ngôn ngữ không hỗ trợ: " + language.trim() + " (chọn vi hoặc en)",
                    "Unsupported language: " + language.trim() + " (choose vi or en)"));
        }
        String checkedFormat = trimmed(format) == null ? "pdf" : format.trim().toLowerCase(Locale.ROOT);
        if (!ReportFiles.FORMATS.contains(checkedFormat)) {
            String choices = String.join(", ", ReportFiles.FORMATS);
            problems.add(FieldProblem.of("format", "Định dạng không hỗ trợ: " + format.trim() + " (chọn " + choices + ")",
                    "Unsupported format: " + format.trim() + " (choose " + choices + ")"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return new Subscription(UUID.randomUUID().toString(), checkedName, checkedEmail, checkedUnit, checkedCadence,
                checkedLanguage, checkedFormat, now, createdBy);
    }

    /** The address as deliveries are keyed by it: trimmed and in lower case (one person, one key). */
    static String normalisedEmail(String email) {
        String trimmed = trimmed(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
