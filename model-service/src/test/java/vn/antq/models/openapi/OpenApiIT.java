package vn.antq.models.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.models.ModelServiceTest;
import vn.antq.testsupport.OpenApiContract;

/**
 * model-service's {@code /v3/api-docs} (written to {@code target/openapi/model-service.json}) documents what the
 * service really answers, keeps the kit's promises and passes Redocly's lint without an error.
 */
@ModelServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

    @LocalServerPort
    int port;

    private OpenApiContract contract;

    @BeforeAll
    void fetch() throws Exception {
        contract = OpenApiContract.fetch(port, "model-service");
    }

    @Test
    void everyOperationKeepsTheKitsPromises() {
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void registeringAModelAnswers201WithLocationEtagAndReplay() {
        JsonNode register = contract.operation("post", "/api/v1/models");

        assertThat(register.path("responses").has("200")).isFalse();
        assertThat(contract.response(register, "201").path("headers").propertyNames())
                .contains("Location", "ETag", "Idempotent-Replayed");
        assertThat(register.path("responses").propertyNames()).contains("400", "401", "403", "409", "413", "415", "422", "503");
    }

    @Test
    void addingAModelTypeAnswers201AndReplaysTheSameDefinition() {
        JsonNode define = contract.operation("post", "/api/v1/model-types");

        assertThat(contract.response(define, "201").path("headers").propertyNames())
                .contains("Location", "Idempotent-Replayed").doesNotContain("ETag");
        assertThat(define.path("responses").propertyNames()).contains("409").doesNotContain("200", "422");
    }

    @Test
    void changesOfAModelRequireIfMatch() {
        for (String[] change : new String[][] {{"put", "/api/v1/models/{id}"}, {"post", "/api/v1/models/{id}/status"},
                {"post", "/api/v1/models/{id}/rehome"}}) {
            JsonNode operation = contract.operation(change[0], change[1]);

            assertThat(contract.header(operation, "If-Match").path("required").asBoolean()).as(change[1]).isTrue();
            assertThat(operation.path("responses").propertyNames()).as(change[1]).contains("200", "404", "409", "412", "428");
            assertThat(contract.response(operation, "200").path("headers").has("ETag")).as(change[1]).isTrue();
        }
        assertThat(contract.response(contract.operation("post", "/api/v1/models/{id}/status"), "200")
                .path("headers").has("Idempotent-Replayed")).isTrue();
    }

    @Test
    void filingAReportCreatesItOrCorrectsItWithAnOptionalIfMatch() {
        JsonNode file = contract.operation("post", "/api/v1/models/{modelId}/reports");

        assertThat(contract.response(file, "201").path("headers").propertyNames()).contains("Location", "ETag");
        assertThat(contract.response(file, "200").path("headers").propertyNames()).contains("ETag");
        assertThat(contract.header(file, "If-Match").path("required").asBoolean(false)).isFalse();
        assertThat(file.path("responses").propertyNames()).contains("409", "412").doesNotContain("428");
    }

    @Test
    void readsAnswerTheirEtagOr304() {
        for (String path : new String[] {"/api/v1/models/{id}", "/api/v1/models/{id}/rehoming",
                "/api/v1/models/{modelId}/reports/{period}"}) {
            JsonNode read = contract.operation("get", path);

            assertThat(contract.response(read, "200").path("headers").has("ETag")).as(path).isTrue();
            assertThat(read.path("responses").propertyNames()).as(path).contains("304", "404");
        }
    }

    @Test
    void redoclyFindsNoError() throws Exception {
        assertThat(contract.lintErrors()).isEmpty();
    }

    @Test
    void everyJsonRequestBodyListsTheFieldsItMustGive() {
        Map<String, List<String>> required = contract.requiredOfJsonRequestBodies();

        assertThat(required).containsKeys("post /api/v1/models", "put /api/v1/models/{id}", "post /api/v1/models/{id}/status",
                "post /api/v1/models/{id}/rehome", "post /api/v1/model-types", "post /api/v1/models/{modelId}/reports");
        assertThat(required).allSatisfy((operation, fields) -> assertThat(fields).as(operation).isNotEmpty());
        assertThat(required.get("post /api/v1/models"))
                .contains("name", "type", "agency", "locality", "establishedOn", "members")
                .doesNotContain("village", "partnerAgencies");
        assertThat(required.get("post /api/v1/model-types")).containsExactlyInAnyOrder("code", "labelVi", "labelEn");
        assertThat(OpenApiContract.names(contract.schema("FormLocality").path("required"))).containsExactlyInAnyOrder("province", "commune");
        assertThat(required.get("post /api/v1/models/{modelId}/reports")).containsExactlyInAnyOrder("period", "membersAtPeriodEnd");
        assertThat(required.get("post /api/v1/models/{id}/status")).containsExactly("status");
        assertThat(required.get("post /api/v1/models/{id}/rehome")).containsExactly("commune");
    }
}
