package vn.antq.contracts.common;

import java.util.List;
import java.util.Map;

/**
 * The colours every chart gives the same thing, on the dashboard and in the report's PDF and DOCX: an agency is the
 * same colour everywhere. Codes without a colour of their own (an agency added later as reference data) take the
 * spare colours in turn.
 */
public final class Palette {

    public static final Map<String, String> AGENCY = Map.of(
            KnownAgencies.POLICE, "#1d4ed8", KnownAgencies.WOMEN_UNION, "#db2777",
            KnownAgencies.VETERANS, "#4d7c0f", KnownAgencies.FARMERS, "#d97706");
    public static final Map<String, String> CHANNEL = Map.of(
            "DIRECT", "#2563eb", "ONLINE", "#0d9488", "BROADCAST", "#ca8a04", "PRINT", "#7c3aed");
    public static final Map<String, String> AWARD_FORM = Map.of(
            "CERTIFICATE_OF_MERIT", "#b45309", "CERTIFICATE_OF_COMMENDATION", "#2563eb", "PUBLIC_COMMENDATION", "#64748b");
    public static final Map<String, String> MODEL_STATUS = Map.of(
            "ACTIVE", "#16a34a", "SUSPENDED", "#f59e0b", "DISSOLVED", "#94a3b8");
    public static final List<String> SPARE = List.of("#0891b2", "#9333ea", "#be123c", "#15803d", "#a16207");
    /** Bars that stand for no code (years, districts): one calm colour, not a rainbow. */
    public static final String NEUTRAL = "#0f2747";

    private Palette() {
    }

    /** The colour of {@code code} in {@code palette}, else the {@code index}-th spare colour. */
    public static String colourOf(Map<String, String> palette, String code, int index) {
        String colour = code == null ? null : palette.get(code);
        return colour != null ? colour : SPARE.get(Math.floorMod(index, SPARE.size()));
    }
}
