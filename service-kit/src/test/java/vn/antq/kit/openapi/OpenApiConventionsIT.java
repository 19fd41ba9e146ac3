package vn.antq.kit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.kit.testapp.web.KitHttp;
import vn.antq.kit.testapp.web.KitWebTest;
import vn.antq.testsupport.OpenApiContract;

/**
 * The sample service's {@code /v3/api-docs} tells what it answers: the kit's conventions, checked on the sample
 * controller, then the whole document checked and linted as each service's is.
 */
@KitWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConventionsIT {

    @LocalServerPort
    int port;

    private OpenApiContract contract;

    @BeforeAll
    void fetch() throws Exception {
        contract = OpenApiContract.fetch(port, "kit-web-test");
    }

    @Test
    void aCreationAnswers201WithLocationEtagAndReplayAndNo200() {
        JsonNode post = contract.operation("post", "/api/v1/notes");

        assertThat(post.path("responses").has("200")).isFalse();
        JsonNode created = contract.response(post, "201");
        assertThat(created.path("headers").propertyNames()).contains("Location", "ETag", "Idempotent-Replayed");
        assertThat(created.path("content").toString()).contains("#/components/schemas/Note\"");
        assertThat(post.path("responses").propertyNames())
                .contains("400", "401", "403", "409", "413", "415", "422", "503").doesNotContain("404", "412", "428");
        assertThat(post.path("operationId").asString()).isEqualTo("noteRecord");
    }

    @Test
    void everyRefusalIsAProblemOfTheOneSharedSchema() {
        JsonNode put = contract.operation("put", "/api/v1/notes/{id}");

        for (String status : put.path("responses").propertyNames()) {
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode schema = contract.response(put, status).path("content").path("application/problem+json").path("schema");
                assertThat(schema.path("$ref").asString()).as(status).isEqualTo("#/components/schemas/Problem");
            }
        }
        JsonNode problem = contract.document().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("required").toString()).contains("type", "title", "status", "detail");
        assertThat(contract.response(put, "503").path("headers").has("Retry-After")).isTrue();
    }

    @Test
    void aChangeRequiresIfMatchAndDocuments412And428() {
        JsonNode put = contract.operation("put", "/api/v1/notes/{id}");

        assertThat(contract.header(put, "If-Match").path("required").asBoolean()).isTrue();
        assertThat(put.path("responses").propertyNames()).contains("200", "400", "404", "409", "412", "413", "415", "428");
        assertThat(contract.response(put, "200").path("headers").has("ETag")).isTrue();
        assertThat(contract.response(put, "412").path("headers").has("ETag")).isTrue();
    }

    @Test
    void aVersionedReadAnswersEtagAnd304AndAPlainReadNeither() {
        JsonNode read = contract.operation("get", "/api/v1/notes/{id}");
        JsonNode list = contract.operation("get", "/api/v1/notes");

        assertThat(contract.response(read, "200").path("headers").has("ETag")).isTrue();
        assertThat(read.path("responses").propertyNames()).contains("304", "404").doesNotContain("409", "413");
        assertThat(contract.header(read, "If-None-Match").isMissingNode()).isFalse();
        assertThat(list.path("responses").propertyNames()).contains("200", "400", "401", "403", "503")
                .doesNotContain("304", "404");
    }

    @Test
    void theDocumented304AndEtagAreWhatAVersionedReadReallyAnswers() {
        KitHttp http = new KitHttp(port);
        String token = http.recorder();
        KitHttp.Reply created = http.post("/api/v1/notes", KitHttp.VALID_NOTE).bearer(token).call();
        assertThat(created.status()).isEqualTo(201);

        KitHttp.Reply current = http.get(created.header("Location")).bearer(token).header("If-None-Match", "\"1\"").call();
        KitHttp.Reply stale = http.get(created.header("Location")).bearer(token).header("If-None-Match", "\"0\"").call();

        assertThat(current.status()).isEqualTo(304);
        assertThat(current.body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void answersListTheirAlwaysPresentPropertiesAsRequiredAndFormsDoNot() {
        JsonNode form = contract.document().path("components").path("schemas").path("NoteRequest");
        assertThat(form.path("required").toString()).doesNotContain("\"day\"", "\"topics\"");

        JsonNode schemas = contract.document().path("components").path("schemas");

        assertThat(schemas.path("Note").path("required").toString()).contains("id", "version", "fingerprint", "content");
        assertThat(schemas.toString()).doesNotContain(PresentProperties.PRESENT);
    }

    @Test
    void theDocumentNamesItsContactAndLicence() {
        assertThat(contract.document().path("info").path("contact").path("name").asString()).isNotBlank();
        assertThat(contract.document().path("info").path("license").path("name").asString()).isNotBlank();
    }

    @Test
    void theWholeDocumentKeepsTheKitsPromises() {
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void redoclyFindsNoError() throws Exception {
        assertThat(contract.lintErrors()).isEmpty();
    }

    @Test
    void aDocumentBrokenOnPurposeFailsTheJavaChecksAndTheLint() throws Exception {
        String json = contract.document().toString();
        // The creation's answers: only 201, which names no Location and points at a schema that is not there.
        String broken = json.replaceFirst("\\{\"201\":\\{.*?\"400\":\\{\"\\$ref\":\"#/components/responses/BadRequest\"}",
                "{\"201\":{\"description\":\"Created\",\"content\":{\"application/json\":{\"schema\":"
                        + "{\"\\$ref\":\"#/components/schemas/Nowhere\"}}}}");
        assertThat(broken).as("the creation's responses to break").isNotEqualTo(json);

        OpenApiContract brokenContract = OpenApiContract.of("kit-web-test-broken", broken);

        assertThat(brokenContract.violations()).anySatisfy(v -> assertThat(v).contains("POST /api/v1/notes", "Location"));
        assertThat(brokenContract.lintErrors()).anySatisfy(e -> assertThat(e).contains("no-unresolved-refs"));
    }
}
