package vn.antq.awards;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.recording.Problem;

/** How submitted values are read before the rules look at them; shared by reviews and awards. */
public final class Submitted {

    private Submitted() {
    }

    /** The text without surrounding blanks; null when nothing is left. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Locality codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @NotNull String province,
            String district,
            String commune) {

        /** The unit these codes name on {@code on}, or null with the reasons added to {@code problems}. */
        public AdminPath check(Gazetteer gazetteer, LocalDate on, List<Problem> problems) {
            if (text(province) == null) {
                problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
                return null;
            }
            LocalityCheck check = gazetteer.check(text(province), text(district), text(commune), on);
            if (check instanceof LocalityCheck.Invalid invalid) {
                invalid.problems().forEach(p -> problems.add(new Problem(p.field(), p.messageVi(), p.messageEn())));
                return null;
            }
            return ((LocalityCheck.Valid) check).path();
        }
    }

    /** The codes of a checked unit, as events and documents carry them. */
    public static Locality locality(AdminPath place) {
        return new Locality(place.province().code(),
                place.district() == null ? null : place.district().code(),
                place.commune() == null ? null : place.commune().code());
    }

    /** The unit a stored locality names, read as of {@code on}; null if the gazetteer no longer knows it. */
    public static AdminPath place(Gazetteer gazetteer, Locality locality, LocalDate on) {
        return gazetteer.resolve(locality.mostSpecificCode(), on) instanceof Resolution.Resolved resolved
                ? resolved.path() : null;
    }
}
