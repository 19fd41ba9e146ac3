package vn.antq.activities.material;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.kit.recording.Problem;

/** The units the library's forms name: checked in the gazetteer on the day that matters, problems under the form's field. */
final class Units {

    private final Gazetteer gazetteer;

    Units(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A province, district or commune in force on {@code on}, its problems named under {@code field}; without a day
     * (no valid date) only whether a province is given.
     */
    AdminPath place(UnitCodes submitted, String field, LocalDate on, List<Problem> problems) {
        if (submitted == null || trimmed(submitted.province()) == null) {
            problems.add(Problem.required(field + ".province", "mã tỉnh", "province code"));
            return null;
        }
        if (on == null) {
            return null;
        }
        LocalityCheck check = gazetteer.check(trimmed(submitted.province()), trimmed(submitted.district()),
                trimmed(submitted.commune()), on);
        if (check instanceof LocalityCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new Problem(renamed(p.field(), field), p.messageVi(),
                    p.messageEn())));
            return null;
        }
        return ((LocalityCheck.Valid) check).path();
    }

    /** The gazetteer names its fields {@code locality.*}; a distribution's unit is {@code unit.*}. */
    private static String renamed(String gazetteerField, String field) {
        if (gazetteerField == null) {
            return field;
        }
        return gazetteerField.startsWith("locality") ? field + gazetteerField.substring("locality".length())
                : gazetteerField;
    }

    static Locality locality(AdminPath path) {
        return new Locality(path.province().code(), path.district() == null ? null : path.district().code(),
                path.commune() == null ? null : path.commune().code());
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
