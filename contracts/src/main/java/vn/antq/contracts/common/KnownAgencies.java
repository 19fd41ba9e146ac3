package vn.antq.contracts.common;

import java.util.List;
import java.util.Optional;

/**
 * The four agencies (cơ quan, đoàn thể) the platform starts with. Agencies are reference data, not an
 * enum: events carry the code as a string, so more (YOUTH_UNION, FATHERLAND_FRONT ...) can be added
 * without a contract change. This is only the default set to seed that data with.
 */
public final class KnownAgencies {

    public static final String POLICE = "POLICE";
    public static final String WOMEN_UNION = "WOMEN_UNION";
    public static final String VETERANS = "VETERANS";
    public static final String FARMERS = "FARMERS";

    /** An agency code and its names. */
    public record Agency(String code, Label label) implements Labelled {
    }

    public static final List<Agency> ALL = List.of(
            new Agency(POLICE, new Label("Công an", "Police")),
            new Agency(WOMEN_UNION, new Label("Hội Liên hiệp Phụ nữ", "Women's Union")),
            new Agency(VETERANS, new Label("Hội Cựu chiến binh", "Veterans' Association")),
            new Agency(FARMERS, new Label("Hội Nông dân", "Farmers' Association")));

    private KnownAgencies() {
    }

    public static Optional<Agency> find(String code) {
        return ALL.stream().filter(agency -> agency.code().equals(code)).findFirst();
    }
}
