package vn.antq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.bench.support.Numbers;

/**
 * Prints the results files of a directory ({@code bench/results} by default) as Markdown tables, the way
 * docs/benchmarks.md shows them: {@code ./bench/run.sh report [DIR]}.
 */
public final class Report {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "bench/results");
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            JsonNode result = JSON.readTree(file.toFile());
            out.append("### ").append(result.path("number").asInt()).append(". ").append(result.path("title").asString());
            if (result.hasNonNull("label")) {
                out.append(" (").append(result.path("label").asString()).append(')');
            }
            out.append("\n\n`").append(file.getFileName()).append("`, ").append(result.path("startedAt").asString())
                    .append(", parameters: `").append(result.path("parameters")).append("`\n\n");
            for (JsonNode table : result.path("tables")) {
                out.append("**").append(table.path("title").asString()).append("**\n\n| ");
                table.path("columns").forEach(column -> out.append(column.asString()).append(" | "));
                out.append("\n|");
                table.path("columns").forEach(column -> out.append("---|"));
                out.append('\n');
                for (JsonNode row : table.path("rows")) {
                    out.append("| ");
                    row.forEach(cell -> out.append(cell.isNumber() ? Numbers.format(cell.isIntegralNumber()
                            ? (Object) cell.asLong() : (Object) cell.asDouble()) : cell.asString()).append(" | "));
                    out.append('\n');
                }
                out.append('\n');
            }
            out.append("CPU per phase: `").append(result.path("phases")).append("`\n\n");
            result.path("notes").forEach(note -> out.append("- ").append(note.asString()).append('\n'));
            out.append('\n');
        }
        System.out.print(out);
    }
}
