package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.antq.contracts.activity.ActivityStatus;

/**
 * asyncapi.yaml and its payload schemas checked by the official AsyncAPI parser ({@code @asyncapi/parser} from npm,
 * pinned by {@code src/test/npm/asyncapi/package-lock.json} and installed there with {@code npm ci}), run by node.
 * The parser validates each draft-07 payload schema against its meta-schema and resolves every {@code $ref}; the
 * schemas it resolves must still tell recorded, revised and cancelled apart. Skipped, saying why, without node and npm.
 */
class AsyncApiParserTest {

    private static final Path TOOL = Path.of("src/test/npm/asyncapi").toAbsolutePath();
    private static final Path RESOURCES = Path.of("src/main/resources").toAbsolutePath();
    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final EventJson JSON = new EventJson();

    private static JsonNode report;

    @BeforeAll
    static void parseTheDocument() throws Exception {
        Assumptions.assumeTrue(runs("node", "--version") && runs(npm(), "--version"),
                "node and npm are not on the PATH: the AsyncAPI parser check needs Node 20+ with npm (the Java-side checks in AsyncApiDocumentTest still run)");
        installParser();
        report = parse(RESOURCES.resolve("asyncapi.yaml"));
    }

    @Test
    void theParserFindsTheDocumentAndEveryPayloadSchemaValid() {
        assertThat(report.get("errors")).as("parser errors").isEmpty();
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("payloads").propertyNames()).containsExactlyInAnyOrderElementsOf(EventContract.types());
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void aSampleValidatesAgainstThePayloadTheParserResolved(EventContract contract) {
        assertThat(violations(contract, body -> { })).isEmpty();
    }

    @Test
    void theResolvedPayloadsKeepEveryConstraintThatTellsTheTypesApart() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("version", 2))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("status", ActivityStatus.CANCELLED.name()))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_REVISED, body -> body.put("version", 1))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_CANCELLED, body -> body.put("version", 1))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_CANCELLED, body -> body.put("status", ActivityStatus.RECORDED.name()))).isNotEmpty();
        assertThat(violations(EventContract.MODEL_REGISTERED, body -> body.put("version", 2))).isNotEmpty();
        assertThat(violations(EventContract.MODEL_CHANGED, body -> body.put("version", 1))).isNotEmpty();
        assertThat(violations(EventContract.REVIEW_HELD, body -> body.putArray("agencies"))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("channel", "ONLINE"))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("participants", -1))).isNotEmpty();
    }

    @Test
    void aPayloadSchemaBrokenOnPurposeFailsValidation(@TempDir Path copy) throws Exception {
        copyDocument(copy);
        Path common = copy.resolve("schemas/defs/common.v1.json");
        String text = Files.readString(common);
        String broken = text.replace("\"count\": {\"type\": \"integer\", \"minimum\": 0}", "\"count\": {\"type\": \"integer\", \"minimum\": \"zero\"}");
        assertThat(broken).as("the count definition to break").isNotEqualTo(text);
        Files.writeString(common, broken);

        JsonNode brokenReport = parse(copy.resolve("asyncapi.yaml"));

        assertThat(brokenReport.get("valid").asBoolean()).isFalse();
        assertThat(brokenReport.get("errors").toString()).contains("minimum").contains("must be number");
    }

    @Test
    void aTypoInATypeFailsValidation(@TempDir Path copy) throws Exception {
        copyDocument(copy);
        Path recorded = copy.resolve("schemas/vn.antq.activity.recorded.v1.json");
        String text = Files.readString(recorded);
        String broken = text.replace("\"version\": {\"const\": 1}", "\"version\": {\"type\": \"integr\", \"const\": 1}");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(recorded, broken);

        JsonNode brokenReport = parse(copy.resolve("asyncapi.yaml"));

        assertThat(brokenReport.get("valid").asBoolean()).isFalse();
        assertThat(brokenReport.get("errors").toString()).contains("activityRecorded");
    }

    /** The violations of a sample of {@code contract}, changed, against the payload schema the parser resolved. */
    private static List<String> violations(EventContract contract, Consumer<ObjectNode> change) {
        JsonNode payload = report.get("payloads").get(contract.type());
        assertThat(payload).as("payload of " + contract.type()).isNotNull();
        JsonNode schemaNode = payload.has("schemaFormat") ? payload.get("schema") : payload;
        assertThat(schemaNode.toString()).as("every $ref resolved").doesNotContain("\"$ref\"");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build()));
        Schema schema = registry.getSchema(schemaNode);
        ObjectNode body = (ObjectNode) MAPPER.readTree(JSON.write(Samples.of(contract)));
        change.accept(body);
        return schema.validate(body).stream().map(Object::toString).toList();
    }

    private static void copyDocument(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(RESOURCES.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static JsonNode parse(Path document) throws Exception {
        Result result = run(TOOL, 120, "node", "validate.mjs", document.toString());
        assertThat(result.exit()).as("validate.mjs exit code (2 is a usage or I/O problem): " + result.output()).isIn(0, 1);
        JsonNode parsed = MAPPER.readTree(result.stdout());
        assertThat(parsed.get("valid").asBoolean()).as("exit code agrees with the report").isEqualTo(result.exit() == 0);
        return parsed;
    }

    /** {@code npm ci} from the committed lock file, when the installed tree is missing or older than the lock. */
    private static void installParser() throws Exception {
        Path installed = TOOL.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed)
                && !Files.getLastModifiedTime(installed).toInstant().isBefore(Files.getLastModifiedTime(TOOL.resolve("package-lock.json")).toInstant())) {
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
            return run(TOOL, 60, command).exit() == 0;
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
            // No telemetry from the installed packages: the build may run without network.
            builder.environment().put("SCARF_ANALYTICS", "false");
            builder.environment().put("DO_NOT_TRACK", "1");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exit, String stdout, String stderr) {

        String output() {
            return stdout.length() > 4000 ? stdout.substring(0, 4000) + " ..." : stdout + stderr;
        }
    }
}
