package vn.antq.analytics.reviewreport.delivery;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.bson.Document;

/**
 * A leader who receives the review report of a unit by e-mail, each month or each quarter.
 *
 * @param email    normalised: trimmed, lower case
 * @param unit     a province, district or commune code (2019-2024 or 2025 structure), read as the report reads it
 * @param language vi or en: the report's, the subject's and the body's
 * @param format   one of {@link vn.antq.analytics.reviewreport.ReportFiles#FORMATS}
 */
public record Subscription(String id, String name, String email, String unit, Cadence cadence, String language,
        String format, Instant createdAt, String createdBy) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    Document toDocument() {
        return new Document("_id", id).append("name", name).append("email", email).append("unit", unit)
                .append("cadence", cadence.name()).append("language", language).append("format", format)
                .append("createdAt", Date.from(createdAt)).append("createdBy", createdBy);
    }

    static Subscription of(Document document) {
        return new Subscription(document.getString("_id"), document.getString("name"), document.getString("email"),
                document.getString("unit"), Cadence.valueOf(document.getString("cadence")), document.getString("language"),
                document.getString("format"), document.getDate("createdAt").toInstant(), document.getString("createdBy"));
    }
}
