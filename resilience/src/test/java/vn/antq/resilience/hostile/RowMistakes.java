package vn.antq.resilience.hostile;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** The mistakes clerks make in a spreadsheet row, and a few that only an attacker makes; one per call. */
final class RowMistakes {

    private static final List<Map.Entry<String, BiFunction<Map<String, String>, Random, String>>> MISTAKES = List.of(
            Map.entry("words for a number", (row, r) -> row.put("participants", "một trăm")),
            Map.entry("thousands separator", (row, r) -> row.put("participants", "1.200")),
            Map.entry("negative count", (row, r) -> row.put("women", "-5")),
            Map.entry("women above participants", (row, r) -> row.put("women", "999999")),
            Map.entry("day-first date", (row, r) -> row.put("startDate", "15/03/2024")),
            Map.entry("future date", (row, r) -> row.put("startDate", "2099-01-01")),
            Map.entry("end before start", (row, r) -> row.put("endDate", "2023-01-01")),
            Map.entry("unknown kind", (row, r) -> row.put("kind", "KARAOKE")),
            Map.entry("lower-case kind", (row, r) -> row.put("kind", row.get("kind").toLowerCase())),
            Map.entry("unknown commune", (row, r) -> row.put("commune", "99999")),
            Map.entry("commune of another province", (row, r) -> row.put("commune", "00001")),
            Map.entry("another agency", (row, r) -> row.put("agency", "POLICE")),
            Map.entry("unknown agency", (row, r) -> row.put("agency", "YOUTH_UNION")),
            Map.entry("partner is the agency itself", (row, r) -> row.put("partnerAgencies", row.get("agency"))),
            Map.entry("no title", (row, r) -> row.put("title", "")),
            Map.entry("no start date", (row, r) -> row.put("startDate", "")),
            Map.entry("title of 301 characters", (row, r) -> row.put("title", "Đ".repeat(301))),
            Map.entry("formula title", (row, r) -> row.put("title", "=1+1")),
            Map.entry("title in NFD", (row, r) -> row.put("title", Normalizer.normalize(row.get("title"), Normalizer.Form.NFD))),
            Map.entry("participants over a million", (row, r) -> row.put("participants", "1000001")),
            Map.entry("number beyond long", (row, r) -> row.put("reach", "99999999999999999999")),
            Map.entry("spaces in a number", (row, r) -> row.put("participants", " 1 200 ")),
            Map.entry("channel against the kind", (row, r) -> row.put("channel", "PRINT")));

    private RowMistakes() {
    }

    static String apply(Map<String, String> row, Random random) {
        Map.Entry<String, BiFunction<Map<String, String>, Random, String>> mistake = MISTAKES.get(random.nextInt(MISTAKES.size()));
        mistake.getValue().apply(row, random);
        return mistake.getKey();
    }
}
