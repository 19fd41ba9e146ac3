package vn.antq.activities.place;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.kit.recording.Problem;

/**
 * The units the recording forms name (a training's place and attendees, a material's issuer, a distribution's unit):
 * checked in the gazetteer on the day that matters, problems under the form's field.
 */
public final class Units {

    /** A unit as a form submits it: its codes, any of them missing or wrong until checked. */
    public interface Codes {
        String province();

        String district();

        String commune();
    }

    private final Gazetteer gazetteer;

    public Units(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A province, district or commune in force on {@code on}, its problems named under {@code field}; without a day
     * (no valid date) only whether a province is given.
     */
    public AdminPath place(Codes submitted, String field, LocalDate on, List<Problem> problems) {
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

    /** The gazetteer names its fields {@code locality.*}; a form's field may be another, e.g. {@code attendees[0].unit}. */
    private static String renamed(String gazetteerField, String field) {
        if (gazetteerField == null) {
            return field;
        }
        return gazetteerField.startsWith("locality") ? field + gazetteerField.substring("locality".length())
                : gazetteerField;
    }

    public static Locality locality(AdminPath path) {
        return new Locality(path.province().code(), path.district() == null ? null : path.district().code(),
                path.commune() == null ? null : path.commune().code());
    }

    /** The value without surrounding blanks, or null when nothing is left. */
    public static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
