package vn.antq.analytics.shortcomings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.antq.contracts.common.Label;

/**
 * One shortcoming found: what kind, about what ({@code subject}: its type, code and names), how serious, the numbers
 * behind it ({@code evidence}, named numbers only) and one line saying why, in Vietnamese and English.
 */
public record Finding(ShortcomingKind kind, Severity severity, Map<String, Object> subject, Map<String, Number> evidence,
                      Label explanation) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        subject = Collections.unmodifiableMap(new LinkedHashMap<>(subject));
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        Objects.requireNonNull(explanation, "explanation");
    }

    public String subjectCode() {
        return String.valueOf(subject.get("code"));
    }

    /** As the answer shows it: {@code {kind, severity, subject, evidence, explanation: {vi, en}}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind.name());
        map.put("severity", severity.name());
        map.put("subject", subject);
        map.put("evidence", evidence);
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("vi", explanation.vi());
        text.put("en", explanation.en());
        map.put("explanation", text);
        return map;
    }
}
