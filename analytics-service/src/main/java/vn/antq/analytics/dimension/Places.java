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
        return of(path.get());
    }

    /** A unit the gazetteer knows, with its parents and all their names. */
    public Place of(AdminPath path) {
        return new Place(codeOf(path.province()), codeOf(path.district()), codeOf(path.commune()),
                nameOf(path.province()), nameOf(path.district()), nameOf(path.commune()));
    }

    /**
     * A model's locality. A model keeps its founding date when model-service re-homes it after the 2025 reform from a
     * 2019-2024 commune to a 2025 one, so the date cannot tell the structure. Model-service records a 2019-2024
     * commune always with its district, and a 2025 commune has none: a commune given without a district that is a
     * 2025 commune of the given province is read in the 2025 structure, anything else as of the founding date.
     */
    public Place ofModel(Locality locality, LocalDate establishedOn) {
        boolean rehomed = locality.commune() != null && locality.district() == null
                && Structure.inForceOn(establishedOn) == Structure.Y2019
                && resolve(locality.commune(), Structure.Y2025)
                        .filter(path -> path.province().code().equals(locality.province())).isPresent();
        return of(locality, rehomed ? Structure.Y2025.validFrom() : establishedOn);
    }

    /**
     * A unit given with its structure (an account's locality: {@code Y2019} or {@code Y2025}), completed and named from
     * that structure; an unknown code is kept as given, at the level its length says.
     */
    public Place ofUnit(String code, String structure) {
        Optional<AdminPath> path = resolve(code, Structure.valueOf(structure));
        if (path.isPresent()) {
            return of(path.get());
        }
        return switch (code.length()) {
            case 2 -> new Place(code, null, null, null, null, null);
            case 3 -> new Place(null, code, null, null, null, null);
            default -> new Place(null, null, code, null, null, null);
        };
    }

    /** A code of either structure, the 2019-2024 one first (that of the movement's records). */
    public Optional<AdminPath> resolve(String code) {
        return resolve(code, Structure.Y2019).or(() -> resolve(code, Structure.Y2025));
    }

    /** True when {@code inner} lies within {@code outer} (both codes; equal codes included). */
    public boolean isWithin(String inner, String outer) {
        return inner.equals(outer) || resolve(inner).map(path -> path.isWithin(outer)).orElse(false);
    }

    /** A code in one structure. */
    public Optional<AdminPath> resolve(String code, Structure structure) {
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
