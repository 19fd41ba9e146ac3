package vn.antq.analytics.dimension;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;

/**
 * Localities of events, completed and named from the gazetteer: a commune gets its district and province and
 * all three their names. Codes are read in the structure in force on the record's date (the 2025 reform reused
 * codes), falling back to the other structure, and, for a code the gazetteer does not know, kept as recorded
 * without names. Deterministic, so a replay names everything exactly as the live consumer did.
 */
@Component
public class Places {

    private final Gazetteer gazetteer;

    public Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Place of(Locality locality, LocalDate on) {
        String code = locality.commune() != null ? locality.commune()
                : locality.district() != null ? locality.district() : locality.province();
        Structure inForce = Structure.inForceOn(on);
        Optional<AdminPath> path = resolve(code, inForce)
                .or(() -> resolve(code, inForce == Structure.Y2019 ? Structure.Y2025 : Structure.Y2019));
        if (path.isEmpty()) {
            return new Place(locality.province(), locality.district(), locality.commune(), null, null, null);
        }
        AdminPath found = path.get();
        return new Place(codeOf(found.province()), codeOf(found.district()), codeOf(found.commune()),
                nameOf(found.province()), nameOf(found.district()), nameOf(found.commune()));
    }

    /** A code of either structure, the 2019-2024 one first (that of the movement's records). */
    public Optional<AdminPath> resolve(String code) {
        return resolve(code, Structure.Y2019).or(() -> resolve(code, Structure.Y2025));
    }

    /** True when {@code inner} lies within {@code outer} (both codes; equal codes included). */
    public boolean isWithin(String inner, String outer) {
        return inner.equals(outer) || resolve(inner).map(path -> path.isWithin(outer)).orElse(false);
    }

    private Optional<AdminPath> resolve(String code, Structure structure) {
        return gazetteer.resolve(code, structure) instanceof Resolution.Resolved resolved
                ? Optional.of(resolved.path()) : Optional.empty();
    }

    private static String codeOf(AdminUnit unit) {
        return unit == null ? null : unit.code();
    }

    private static String nameOf(AdminUnit unit) {
        return unit == null ? null : unit.name();
    }
}
