package vn.antq.gazetteer;

import java.util.List;
import java.util.Objects;

/** The outcome of checking a locality {province, district, commune} recorded for a given day. */
public sealed interface LocalityCheck permits LocalityCheck.Valid, LocalityCheck.Invalid {

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** Field-level problems; empty when valid. */
    default List<LocalityProblem> problems() {
        return List.of();
    }

    record Valid(AdminPath path) implements LocalityCheck {
        public Valid {
            Objects.requireNonNull(path, "path");
        }
    }

    record Invalid(List<LocalityProblem> problems) implements LocalityCheck {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("An invalid locality needs at least one problem");
            }
        }
    }
}
