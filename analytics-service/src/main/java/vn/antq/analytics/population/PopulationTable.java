package vn.antq.analytics.population;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The population figures loaded, by code; empty until an ADMIN loads some. Replaced as a whole by each load.
 *
 * @param updatedAt when it was loaded; null while empty
 * @param updatedBy who loaded it (the token's subject); null while empty
 */
public record PopulationTable(List<PopulationEntry> entries, Instant updatedAt, String updatedBy) {

    public static final PopulationTable EMPTY = new PopulationTable(List.of(), null, null);

    public PopulationTable {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public OptionalLong populationOf(String code) {
        return entries.stream().filter(entry -> entry.code().equals(code)).mapToLong(PopulationEntry::population)
                .findFirst();
    }

    /** The figures by code, for looking many up. */
    public Map<String, Long> byCode() {
        Map<String, Long> byCode = new LinkedHashMap<>();
        entries.forEach(entry -> byCode.put(entry.code(), entry.population()));
        return byCode;
    }
}
