package vn.antq.resilience.applied;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Activities as rows of the import template (event-service's columns), written as CSV with quotes where needed. */
final class CsvRows {

    private static final List<String> COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district",
            "commune", "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women",
            "ethnicMinority", "reach", "copies");

    private CsvRows() {
    }

    /** The header and one row per activity, each given as the body the JSON API takes. */
    static String csv(List<Map<String, Object>> activities) {
        StringBuilder text = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> activity : activities) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                cells.add(quoted(cell(activity, column)));
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString();
    }

    private static String cell(Map<String, Object> activity, String column) {
        Map<?, ?> locality = (Map<?, ?>) activity.get("locality");
        Object value = switch (column) {
            case "province", "district", "commune" -> locality.get(column);
            case "partnerAgencies" -> String.join(";", strings(activity.get(column)));
            case "topics" -> strings(activity.get(column)).get(0);
            default -> activity.get(column);
        };
        return value == null ? "" : String.valueOf(value);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
