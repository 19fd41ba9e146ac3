package vn.antq.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one scenario measured: its parameters, its tables, the headline figures (flat, for comparing runs), the
 * machine and how busy it was. Written to {@code bench/results/<n>-<scenario>.json} (the latest run, kept in the
 * repository) and to {@code bench/results/history/} (every run, ignored by git).
 */
public final class Result {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final int number;
    private final String scenario;
    private final String title;
    private final Instant startedAt = Instant.now();
    private final Machine.Sample started = Machine.sample();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> phases = new LinkedHashMap<>();

    public Result(int number, String scenario, String title) {
        this.number = number;
        this.scenario = scenario;
        this.title = title;
    }

    public Result parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public Result figure(String name, Object value) {
        figures.put(name, value instanceof Double d ? Numbers.round(d, 2) : value);
        return this;
    }

    public Table table(String tableTitle, String... columns) {
        Table table = new Table(tableTitle, columns);
        tables.add(table);
        return table;
    }

    public Result note(String note) {
        notes.add(note);
        return this;
    }

    /** How busy the machine was during one measured phase (see {@link Machine.Sample#until}). */
    public Result phase(String name, Machine.Sample from) {
        phases.put(name, from.until(Machine.sample()));
        return this;
    }

    public String render() {
        StringBuilder out = new StringBuilder("\n== ").append(number).append(". ").append(title).append(" ==\n");
        out.append("parameters: ").append(parameters).append('\n');
        for (Table table : tables) {
            out.append('\n').append(table.render());
        }
        if (!phases.isEmpty()) {
            out.append("\nCPU during each phase (% of all cores; 'other' = processes outside this benchmark):\n");
            phases.forEach((name, load) -> out.append("  ").append(name).append(": ").append(load).append('\n'));
        }
        notes.forEach(note -> out.append("note: ").append(note).append('\n'));
        return out.toString();
    }

    /** Writes the results file and its history copy; returns the results file. */
    public Path write(Path directory, String label) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario);
        json.put("number", number);
        json.put("title", title);
        if (label != null) {
            json.put("label", label);
        }
        json.put("startedAt", startedAt.toString());
        json.put("machine", Machine.describe());
        json.put("parameters", parameters);
        json.put("figures", figures);
        json.put("tables", tables.stream().map(Table::toJson).toList());
        json.put("phases", phases);
        json.put("run", started.until(Machine.sample()));
        json.put("notes", notes);
        try {
            Files.createDirectories(directory.resolve("history"));
            String name = number + "-" + scenario + (label == null ? "" : "-" + label) + ".json";
            Path file = directory.resolve(name);
            byte[] bytes = JSON.writeValueAsBytes(json);
            Files.write(file, bytes);
            Files.write(directory.resolve("history").resolve(STAMP.format(startedAt) + "-" + name), bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Table> tables() {
        return tables;
    }
}
