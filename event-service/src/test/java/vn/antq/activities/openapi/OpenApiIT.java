package vn.antq.activities.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.activities.EventServiceTest;
import vn.antq.testsupport.OpenApiContract;

/**
 * event-service's {@code /v3/api-docs} (written to {@code target/openapi/event-service.json}) documents what the
 * service really answers, keeps the kit's promises and passes Redocly's lint without an error.
 */
@EventServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

    @LocalServerPort
    int port;

    private OpenApiContract contract;

    @BeforeAll
    void fetch() throws Exception {
        contract = OpenApiContract.fetch(port, "event-service");
    }

    @Test
    void everyOperationKeepsTheKitsPromises() {
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void recordingAnActivityAnswers201WithLocationEtagAndReplay() {
        JsonNode record = contract.operation("post", "/api/v1/activities");

        assertThat(record.path("responses").has("200")).isFalse();
        assertThat(contract.response(record, "201").path("headers").propertyNames())
                .contains("Location", "ETag", "Idempotent-Replayed");
        assertThat(record.path("responses").propertyNames()).contains("400", "401", "403", "409", "413", "415", "422", "503");
    }

    @Test
    void revisingAndCancellingRequireIfMatch() {
        for (String method : new String[] {"put", "delete"}) {
            JsonNode change = contract.operation(method, "/api/v1/activities/{id}");

            assertThat(contract.header(change, "If-Match").path("required").asBoolean()).as(method).isTrue();
            assertThat(change.path("responses").propertyNames()).as(method).contains("200", "404", "409", "412", "428");
            assertThat(contract.response(change, "200").path("headers").has("ETag")).as(method).isTrue();
        }
    }

    @Test
    void readingAnActivityAnswersItsEtagOr304() {
        JsonNode read = contract.operation("get", "/api/v1/activities/{id}");

        assertThat(contract.response(read, "200").path("headers").has("ETag")).isTrue();
        assertThat(read.path("responses").propertyNames()).contains("304", "404");
    }

    @Test
    void theImportTakesCsvXlsxAndAForm() {
        JsonNode importing = contract.operation("post", "/api/v1/activities/import");

        assertThat(importing.path("requestBody").path("content").propertyNames()).contains("text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data");
        assertThat(importing.path("responses").propertyNames()).contains("200", "400", "413", "415", "422");
    }

    @Test
    void theImportsRejectedRowsCarryTheirCellsAsRead() {
        JsonNode result = contract.schema("RowResult");
        JsonNode cell = contract.schema("Cell");

        assertThat(result.path("properties").path("cells").path("description").asString())
                .contains("as read", "rejectedBecause");
        assertThat(cell.path("properties").propertyNames()).contains("column", "heading", "value");
    }

    @Test
    void everyOperationIdIsUniqueAndTheImportIsNamed() {
        List<String> operationIds = new ArrayList<>();
        for (JsonNode path : contract.document().path("paths")) {
            for (JsonNode operation : path) {
                operationIds.add(operation.path("operationId").asString(""));
            }
        }

        assertThat(operationIds).doesNotHaveDuplicates().doesNotContain("", "importForm", "importBody");
        // Both import handlers answer POST /api/v1/activities/import: the document merges them into one operation,
        // which keeps the multipart handler's name.
        assertThat(contract.operation("post", "/api/v1/activities/import").path("operationId").asString())
                .isEqualTo("activityImportUpload");
    }

    @Test
    void anActivityAsAnsweredListsItsFieldsAsRequired() {
        JsonNode view = contract.document().path("components").path("schemas").path("ActivityView");

        assertThat(view.path("required").toString()).contains("\"id\"", "\"version\"", "\"status\"", "\"recordedAt\"");
    }

    @Test
    void trainingsAreRecordedRevisedAndCancelledLikeActivities() {
        JsonNode record = contract.operation("post", "/api/v1/trainings");

        assertThat(contract.response(record, "201").path("headers").propertyNames())
                .contains("Location", "ETag", "Idempotent-Replayed");
        for (String method : new String[] {"put", "delete"}) {
            JsonNode change = contract.operation(method, "/api/v1/trainings/{id}");
            assertThat(contract.header(change, "If-Match").path("required").asBoolean()).as(method).isTrue();
            assertThat(change.path("responses").propertyNames()).as(method).contains("200", "404", "409", "412", "428");
        }
        assertThat(contract.response(contract.operation("get", "/api/v1/trainings/{id}"), "200").path("headers")
                .has("ETag")).isTrue();
        Map<String, List<String>> required = contract.requiredOfJsonRequestBodies();
        assertThat(required.get("post /api/v1/trainings"))
                .contains("locality", "title", "startDate", "topics", "trainers", "attendees")
                .doesNotContain("agency", "endDate");
        assertThat(required.get("put /api/v1/trainings/{id}")).isEqualTo(required.get("post /api/v1/trainings"));
        assertThat(OpenApiContract.names(contract.schema("FormAttendance").path("required")))
                .containsExactlyInAnyOrder("agency", "unit", "staff");
    }

    @Test
    void materialsAreUploadedInPartsChangedWithIfMatchAndDownloadedAsTheirFiles() {
        JsonNode issue = contract.operation("post", "/api/v1/materials");

        assertThat(issue.path("requestBody").path("content").propertyNames()).containsExactly("multipart/form-data");
        JsonNode parts = issue.path("requestBody").path("content").path("multipart/form-data").path("schema");
        assertThat(parts.path("properties").propertyNames()).containsExactlyInAnyOrder("material", "file");
        assertThat(OpenApiContract.names(parts.path("required"))).containsExactly("material");
        assertThat(contract.response(issue, "201").path("headers").propertyNames())
                .contains("Location", "ETag", "Idempotent-Replayed");
        assertThat(issue.path("responses").propertyNames()).contains("400", "403", "413", "415", "422");
        for (String[] change : new String[][] {{"put", "/api/v1/materials/{id}"}, {"put", "/api/v1/materials/{id}/file"},
                {"delete", "/api/v1/materials/{id}"}, {"put", "/api/v1/distributions/{id}"},
                {"delete", "/api/v1/distributions/{id}"}}) {
            JsonNode operation = contract.operation(change[0], change[1]);
            assertThat(contract.header(operation, "If-Match").path("required").asBoolean()).as(change[1]).isTrue();
            assertThat(operation.path("responses").propertyNames()).as(change[1]).contains("200", "404", "409", "412",
                    "428");
        }
        JsonNode download = contract.operation("get", "/api/v1/materials/{id}/file");
        assertThat(contract.response(download, "200").path("content").propertyNames()).containsExactly("*/*");
        assertThat(contract.response(contract.operation("post", "/api/v1/materials/{id}/distributions"), "201")
                .path("headers").propertyNames()).contains("Location", "ETag");
        Map<String, List<String>> required = contract.requiredOfJsonRequestBodies();
        assertThat(required.get("put /api/v1/materials/{id}"))
                .containsExactlyInAnyOrder("title", "kind", "topics", "languages", "edition", "issuedOn", "locality");
        assertThat(required.get("post /api/v1/materials/{id}/distributions"))
                .containsExactlyInAnyOrder("unit", "receivedOn", "copies");
    }

    @Test
    void redoclyFindsNoError() throws Exception {
        assertThat(contract.lintErrors()).isEmpty();
    }

    @Test
    void everyJsonRequestBodyListsTheFieldsItMustGive() {
        Map<String, List<String>> required = contract.requiredOfJsonRequestBodies();

        assertThat(required).containsKeys("post /api/v1/activities", "put /api/v1/activities/{id}");
        assertThat(required).allSatisfy((operation, fields) -> assertThat(fields).as(operation).isNotEmpty());
        assertThat(required.get("post /api/v1/activities"))
                .contains("agency", "level", "locality", "kind", "title", "startDate")
                .doesNotContain("channel", "partnerAgencies", "endDate", "participants");
        assertThat(required.get("put /api/v1/activities/{id}")).isEqualTo(required.get("post /api/v1/activities"));
        assertThat(OpenApiContract.names(contract.schema("FormLocality").path("required"))).containsExactly("province");
    }
}
