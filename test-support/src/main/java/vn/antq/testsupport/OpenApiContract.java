package vn.antq.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's {@code /v3/api-docs}, written to {@code target/openapi/<name>.json}, checked in Java against what the
 * kit's conventions promise ({@link #violations()}), and linted by Redocly CLI (npm {@code @redocly/cli}, pinned by
 * {@code service-kit/src/test/npm/redocly/package-lock.json}, installed there with {@code npm ci}) with the rules of
 * {@code redocly.yaml} next to it. The lint is skipped, saying why, without node and npm.
 * Shared by the kit's tests and every service's {@code OpenApiIT}.
 */
public final class OpenApiContract {

    /** The Redocly CLI's folder, from the module's directory (a service's, or the kit's own). */
    private static final Path TOOL = locateTool();

    private final String name;
    private final JsonNode document;
    private final Path file;

    private OpenApiContract(String name, JsonNode document, Path file) {
        this.name = name;
        this.document = document;
        this.file = file;
    }

    /** Fetches the document of the service on {@code port} and writes it to {@code target/openapi/<name>.json}. */
    public static OpenApiContract fetch(int port, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
        return of(name, response.body());
    }

    /** A document given as text, written to {@code target/openapi/<name>.json}. */
    public static OpenApiContract of(String name, String json) throws IOException {
        Path file = Path.of("target", "openapi", name + ".json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return new OpenApiContract(name, JsonMapper.shared().readTree(json), file);
    }

    public JsonNode document() {
        return document;
    }

    public JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " in " + name).isFalse();
        return operation;
    }

    /** The response, its {@code $ref} followed. */
    public JsonNode response(JsonNode operation, String status) {
        return resolve(operation.path("responses").path(status));
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String[] parts = current.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** The header parameter, or a missing node. */
    public JsonNode header(JsonNode operation, String header) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("header".equals(resolved.path("in").asString()) && header.equalsIgnoreCase(resolved.path("name").asString())) {
                return resolved;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /** Each operation's JSON request body ({@code "post /path"}): the {@code required} list of its schema, or of its items. */
    public Map<String, List<String>> requiredOfJsonRequestBodies() {
        Map<String, List<String>> required = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode body = resolve(operation.getValue().path("requestBody"));
                JsonNode schema = resolve(body.path("content").path("application/json").path("schema"));
                if (schema.isMissingNode()) {
                    continue;
                }
                if ("array".equals(schema.path("type").asString(""))) {
                    schema = resolve(schema.path("items"));
                }
                required.put(operation.getKey() + " " + path.getKey(), names(schema.path("required")));
            }
        }
        return required;
    }

    /** A schema of {@code components.schemas}. */
    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** The texts of a JSON array, e.g. a {@code required} list. */
    public static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : array) {
            names.add(name.asString());
        }
        return names;
    }

    /**
     * What breaks the kit's promises: an operation without a problem+json 4xx, without summary, tags or operationId,
     * or with an operationId used twice; a 201 or 202 without {@code Location}; an {@code If-Match} without 412, or
     * required without 428, or a 428 with an optional {@code If-Match}; a schema named after Jackson's internals;
     * a missing Problem schema, contact or licence.
     */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        if (document.path("info").path("contact").path("name").asString("").isBlank()) {
            violations.add("info.contact.name is missing");
        }
        if (document.path("info").path("license").path("name").asString("").isBlank()) {
            violations.add("info.license.name is missing");
        }
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        if (!problem.path("required").isArray() || problem.path("required").isEmpty()) {
            violations.add("components.schemas.Problem is missing or has no required list");
        }
        for (String schema : document.path("components").path("schemas").propertyNames()) {
            if (schema.contains("JsonNode") || schema.contains("ObjectNode") || schema.contains("ArrayNode")) {
                violations.add("schema " + schema + " shows Jackson's internals");
            }
        }
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
                    continue;
                }
                String where = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = entry.getValue();
                if (operation.path("summary").asString("").isBlank()) {
                    violations.add(where + " has no summary");
                }
                if (operation.path("tags").isEmpty()) {
                    violations.add(where + " has no tag");
                }
                String operationId = operation.path("operationId").asString("");
                if (operationId.isBlank() || !operationIds.add(operationId) || operationId.matches(".*_\\d+$")) {
                    violations.add(where + " has a missing, repeated or numbered operationId: " + operationId);
                }
                boolean problem4xx = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4")
                            && resolve(response.getValue()).path("content").has("application/problem+json")) {
                        problem4xx = true;
                    }
                }
                if (!problem4xx) {
                    violations.add(where + " documents no application/problem+json 4xx");
                }
                for (String created : List.of("201", "202")) {
                    JsonNode response = response(operation, created);
                    if (!response.isMissingNode() && !response.path("headers").has("Location")) {
                        violations.add(where + " answers " + created + " without Location");
                    }
                }
                JsonNode ifMatch = header(operation, "If-Match");
                boolean has428 = operation.path("responses").has("428");
                if (!ifMatch.isMissingNode() && !operation.path("responses").has("412")) {
                    violations.add(where + " takes If-Match but documents no 412");
                }
                if (ifMatch.path("required").asBoolean(false) && !has428) {
                    violations.add(where + " requires If-Match but documents no 428");
                }
                if (has428 && !ifMatch.path("required").asBoolean(false)) {
                    violations.add(where + " answers 428 but does not mark If-Match required");
                }
            }
        }
        return violations;
    }

    /** Redocly CLI's lint of the written document: its JSON report's problems of severity error. */
    public List<String> lintErrors() throws IOException, InterruptedException {
        Assumptions.assumeTrue(runs("node", "--version") && runs(npm(), "--version"),
                "node and npm are not on the PATH: the Redocly lint of " + name + " needs Node 20.19+ with npm "
                        + "(the Java checks of the document still run)");
        install();
        Result result = run(TOOL, 300, "node", "node_modules/@redocly/cli/bin/cli.js", "lint", file.toString(),
                    "--config", TOOL.resolve("redocly.yaml").toString(), "--format", "json");
            JsonNode lint;
            try {
                lint = JsonMapper.shared().readTree(result.stdout());
            } catch (RuntimeException notJson) {
                throw new AssertionError("redocly lint did not answer JSON (exit " + result.exit() + "): " + result.output());
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode problem : lint.path("problems")) {
                if ("error".equals(problem.path("severity").asString())) {
                    errors.add(problem.path("ruleId").asString() + ": " + problem.path("message").asString() + " at "
                            + problem.path("location").toString());
                }
            }
            assertThat(result.exit() == 0).as("redocly's exit code agrees with its report: " + result.output())
                    .isEqualTo(errors.isEmpty());
            return errors;
    }

    private static Path locateTool() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here.resolve("src/test/npm/redocly"),
                here.resolveSibling("service-kit").resolve("src/test/npm/redocly"))) {
            if (Files.exists(candidate.resolve("package-lock.json"))) {
                return candidate;
            }
        }
        return here.resolveSibling("service-kit").resolve("src/test/npm/redocly");
    }

    /** {@code npm ci} from the committed lock file, when the installed tree is missing or older than the lock. */
    private static synchronized void install() throws IOException, InterruptedException {
        Path installed = TOOL.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed) && !Files.getLastModifiedTime(installed).toInstant()
                .isBefore(Files.getLastModifiedTime(TOOL.resolve("package-lock.json")).toInstant())) {
            return;
        }
        Result result = run(TOOL, 600, npm(), "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        assertThat(result.exit()).as("npm ci in " + TOOL + ": " + result.output()).isZero();
    }

    private static String npm() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
    }

    private static boolean runs(String... command) {
        try {
            return run(Path.of("").toAbsolutePath(), 60, command).exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Result run(Path directory, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("node-out", ".txt");
        Path stderr = Files.createTempFile("node-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            // No telemetry: the build may run without network.
            builder.environment().put("REDOCLY_TELEMETRY", "off");
            builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            builder.environment().put("DO_NOT_TRACK", "1");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exit, String stdout, String stderr) {

        String output() {
            String all = stdout + stderr;
            return all.length() > 6000 ? all.substring(0, 6000) + " ..." : all;
        }
    }
}
