package vn.antq.analytics.shortcomings;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.contracts.common.Label;

/**
 * One shortcoming found: what kind, about what ({@code subject}: its type, code and names), how serious, the numbers
 * behind it ({@code evidence}, named numbers only) and one line saying why, in Vietnamese and English. The answer shows
 * it as is: {@code {kind, severity, subject, evidence, explanation: {vi, en}}}.
 */
@Schema(name = "ShortcomingFinding")
public record Finding(ShortcomingKind kind, Severity severity, Subject subject, Evidence evidence,
        @Schema(description = "one line saying why, in Vietnamese and English") Label explanation) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(explanation, "explanation");
    }

    @JsonIgnore
    public String subjectCode() {
        return subject.code();
    }
}
