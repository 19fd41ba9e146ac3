package vn.antq.awards.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.awards.AwardServiceTest;
import vn.antq.testsupport.OpenApiContract;

/**
 * award-service's {@code /v3/api-docs} (written to {@code target/openapi/award-service.json}) documents what the
 * service really answers, keeps the kit's promises and passes Redocly's lint without an error.
 */
@AwardServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

    @LocalServerPort
    int port;

    private OpenApiContract contract;

    @BeforeAll
    void fetch() throws Exception {
        contract = OpenApiContract.fetch(port, "award-service");
    }

    @Test
    void everyOperationKeepsTheKitsPromises() {
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void nominatingAndRecordingAReviewAnswer201WithLocationEtagAndReplay() {
        for (String path : new String[] {"/api/v1/awards", "/api/v1/reviews"}) {
            JsonNode create = contract.operation("post", path);

            assertThat(create.path("responses").has("200")).as(path).isFalse();
            assertThat(contract.response(create, "201").path("headers").propertyNames()).as(path)
                    .contains("Location", "ETag", "Idempotent-Replayed");
            assertThat(create.path("responses").propertyNames()).as(path)
                    .contains("400", "401", "403", "409", "413", "415", "422", "503");
        }
    }

    @Test
    void decisionsConfermentRevocationAndCorrectionsRequireIfMatch() {
        for (String[] change : new String[][] {{"post", "/api/v1/awards/{id}/decision"}, {"post", "/api/v1/awards/{id}/confer"},
                {"post", "/api/v1/awards/{id}/revoke"}, {"put", "/api/v1/reviews/{id}"}}) {
            JsonNode operation = contract.operation(change[0], change[1]);

            assertThat(contract.header(operation, "If-Match").path("required").asBoolean()).as(change[1]).isTrue();
            assertThat(operation.path("responses").propertyNames()).as(change[1]).contains("200", "404", "409", "412", "428");
            assertThat(contract.response(operation, "200").path("headers").has("ETag")).as(change[1]).isTrue();
        }
    }

    @Test
    void readsAnswerTheirEtagOr304() {
        for (String path : new String[] {"/api/v1/awards/{id}", "/api/v1/reviews/{id}"}) {
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

        assertThat(required).containsKeys("post /api/v1/awards", "post /api/v1/awards/{id}/decision", "post /api/v1/awards/{id}/revoke",
                "post /api/v1/reviews", "put /api/v1/reviews/{id}");
        assertThat(required).allSatisfy((operation, fields) -> assertThat(fields).as(operation).isNotEmpty());
        assertThat(required.get("post /api/v1/awards"))
                .contains("form", "recipientType", "recipientName", "recipientAgency", "locality", "citation")
                .doesNotContain("reviewId", "activityIds", "modelIds");
        assertThat(required.get("post /api/v1/awards/{id}/decision")).containsExactly("approve");
        assertThat(required.get("post /api/v1/awards/{id}/revoke")).containsExactly("reason");
        assertThat(required.get("post /api/v1/reviews"))
                .contains("kind", "organiser", "level", "heldOn", "periodFrom", "periodTo", "title")
                .doesNotContain("agencies");
        assertThat(OpenApiContract.names(contract.schema("FormLocality").path("required"))).containsExactly("province");
    }
}
