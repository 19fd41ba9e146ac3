package vn.antq.models.modeltype;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/** A model type as ADMIN submits it; {@link #problems()} says what is wrong with it, if anything. */
public record ModelTypeForm(
        @NotNull String code,
        @NotNull String labelVi,
        @NotNull String labelEn) {

    static final int MAX_LABEL_LENGTH = 200;

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(Problem.required("code", "mã loại mô hình", "type code"));
        } else if (!ModelType.CODE.matcher(code.strip()).matches()) {
            problems.add(new Problem("code",
                    "Mã loại mô hình gồm chữ in hoa, chữ số và dấu gạch dưới, 2-50 ký tự, ví dụ MEDIATION_TEAM: " + code,
                    "A type code is 2-50 upper-case letters, digits and underscores, like MEDIATION_TEAM: " + code));
        }
        label(labelVi, "labelVi", "tên tiếng Việt", "Vietnamese name", problems);
        TextRules.singleLine("labelVi", labelVi, "Tên tiếng Việt", "Vietnamese name").ifPresent(problems::add);
        label(labelEn, "labelEn", "tên tiếng Anh", "English name", problems);
        TextRules.singleLine("labelEn", labelEn, "Tên tiếng Anh", "English name").ifPresent(problems::add);
        return problems;
    }

    /** The type, once {@link #problems()} is empty. */
    public ModelType toType() {
        return ModelType.of(code.strip(), labelVi.strip(), labelEn.strip());
    }

    private static void label(String value, String field, String nameVi, String nameEn, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.required(field, nameVi, nameEn));
        } else if (value.strip().length() > MAX_LABEL_LENGTH) {
            problems.add(new Problem(field, "Tên dài quá " + MAX_LABEL_LENGTH + " ký tự",
                    "Name is longer than " + MAX_LABEL_LENGTH + " characters"));
        }
    }
}
