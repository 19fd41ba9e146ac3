package vn.antq.bench.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One table of a result: printed aligned on the console, and kept as columns and rows in the results file. */
public final class Table {

    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("Table '" + title + "' has " + columns.size() + " columns, not " + cells.length);
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public String render() {
        int[] widths = new int[columns.size()];
        List<List<String>> text = new ArrayList<>();
        text.add(columns);
        for (List<Object> row : rows) {
            text.add(row.stream().map(Numbers::format).toList());
        }
        for (List<String> line : text) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        for (int r = 0; r < text.size(); r++) {
            List<String> line = text.get(r);
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                // Text left, figures right, as a reader scans them.
                boolean numeric = r > 0 && rows.get(r - 1).get(i) instanceof Number;
                out.append(i == 0 ? "  " : "  ").append(numeric ? pad(cell, widths[i], true) : pad(cell, widths[i], false));
            }
            out.append('\n');
            if (r == 0) {
                out.append("  ");
                for (int i = 0; i < widths.length; i++) {
                    out.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The same table in Markdown, for docs/benchmarks.md. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|");
        columns.forEach(column -> out.append("---|"));
        out.append('\n');
        for (List<Object> row : rows) {
            out.append("| ").append(String.join(" | ", row.stream().map(Numbers::format).toList())).append(" |\n");
        }
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", title);
        json.put("columns", columns);
        json.put("rows", rows);
        return json;
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - cell.length()));
        return right ? spaces + cell : cell + spaces;
    }
}
