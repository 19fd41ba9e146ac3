package vn.antq.resilience.data;

import java.util.List;
import java.util.Random;

/** The four agencies of the movement, as their codes. */
public final class Agencies {

    public static final String POLICE = "POLICE";
    public static final String WOMEN_UNION = "WOMEN_UNION";
    public static final String VETERANS = "VETERANS";
    public static final String FARMERS = "FARMERS";
    public static final List<String> ALL = List.of(POLICE, WOMEN_UNION, VETERANS, FARMERS);

    private Agencies() {
    }

    public static String any(Random random) {
        return ALL.get(random.nextInt(ALL.size()));
    }

    /** Up to two partner agencies, distinct and other than {@code agency}. */
    public static List<String> partnersOf(String agency, Random random) {
        List<String> others = ALL.stream().filter(a -> !a.equals(agency)).toList();
        return switch (random.nextInt(4)) {
            case 0 -> List.of(others.get(random.nextInt(others.size())));
            case 1 -> List.of(others.get(0), others.get(2));
            default -> List.of();
        };
    }
}
