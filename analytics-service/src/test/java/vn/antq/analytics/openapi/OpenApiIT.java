package vn.antq.analytics.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.testsupport.OpenApiContract;

/**
 * analytics-service's {@code /v3/api-docs} (written to {@code target/openapi/analytics-service.json}) documents what
 * the service really answers, keeps the kit's promises and passes Redocly's lint without an error.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

    @LocalServerPort
    int port;

    private OpenApiContract contract;

    @BeforeAll
    void fetch() throws Exception {
        contract = OpenApiContract.fetch(port, "analytics-service");
    }

    @Test
    void everyOperationKeepsTheKitsPromises() {
        assertThat(contract.violations()).isEmpty();
    }

    @Test
    void theReportDeclaresEachFormatItServes() {
        JsonNode report = contract.operation("get", "/api/v1/analytics/report");

        assertThat(contract.response(report, "200").path("content").propertyNames()).containsExactlyInAnyOrder(
                "application/json", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(contract.response(report, "200").path("headers").has("Content-Disposition")).isTrue();
        assertThat(report.path("responses").propertyNames()).contains("400", "401", "403", "503");
        assertThat(contract.header(report, "Accept").isMissingNode()).as("Accept is the media types' business").isTrue();
    }

    @Test
    void startingARebuildAnswers202WithLocation() {
        JsonNode start = contract.operation("post", "/api/v1/analytics/rebuild");

        assertThat(start.path("responses").has("200")).isFalse();
        assertThat(contract.response(start, "202").path("headers").propertyNames()).contains("Location");
        assertThat(start.path("responses").propertyNames()).contains("401", "403", "409", "503");
        assertThat(contract.response(start, "503").path("headers").has("Retry-After")).isTrue();
    }

    @Test
    void everyFigureTakesItsFiltersAndMayRefuseThem() {
        for (String figure : new String[] {"participation", "coordination", "awards", "reviews", "models", "shortcomings"}) {
            JsonNode operation = contract.operation("get", "/api/v1/analytics/" + figure);

            assertThat(operation.path("responses").propertyNames()).as(figure).contains("200", "400", "401", "403", "503");
            assertThat(operation.path("tags").toString()).as(figure).contains("Analytics");
        }
    }

    @Test
    void redoclyFindsNoError() throws Exception {
        assertThat(contract.lintErrors()).isEmpty();
    }

    @Test
    void everyJsonRequestBodyListsTheFieldsItMustGive() {
        Map<String, List<String>> required = contract.requiredOfJsonRequestBodies();

        assertThat(required).containsKeys("put /api/v1/analytics/reference/population");
        assertThat(required).allSatisfy((operation, fields) -> assertThat(fields).as(operation).isNotEmpty());
        assertThat(required.get("put /api/v1/analytics/reference/population"))
                .containsExactlyInAnyOrder("code", "population", "year");
    }
}
