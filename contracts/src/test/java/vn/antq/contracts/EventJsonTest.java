package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.model.ModelReportEvent;

class EventJsonTest {

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void everyBodyRoundTripsToAnEqualRecord(EventContract contract) {
        EventBody body = Samples.of(contract);

        assertThat(json.read(json.write(body), contract.bodyClass())).isEqualTo(body);
        assertThat(json.read(json.writeBytes(body), contract.bodyClass())).isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void theJsonHasExactlyTheNonNullFieldsOfTheRecordInTheirOrder(EventContract contract) throws Exception {
        EventBody body = Samples.of(contract);
        List<String> nonNullFields = new ArrayList<>();
        for (RecordComponent component : contract.bodyClass().getRecordComponents()) {
            if (component.getAccessor().invoke(body) != null) {
                nonNullFields.add(component.getName());
            }
        }

        assertThat(json.mapper().readTree(json.write(body)).propertyNames()).containsExactlyElementsOf(nonNullFields);
    }

    @Test
    void datesAndInstantsAreIsoStringsAndEnumsAreNames() {
        JsonNode tree = json.mapper().readTree(json.write(Samples.activity(1, ActivityStatus.RECORDED)));

        assertThat(tree.get("startDate").asString()).isEqualTo("2024-05-01");
        assertThat(tree.get("occurredAt").asString()).isEqualTo("2024-05-01T08:30:00Z");
        assertThat(tree.get("kind").asString()).isEqualTo("MOCK_TRIAL");
        assertThat(tree.get("locality").get("commune").asString()).isEqualTo("23284");
    }

    @Test
    void nullFieldsAreLeftOutAndEmptyListsWritten() {
        AwardEvent nominated = new AwardEvent("award-2", 1, "recorder-1", Samples.AT, AwardForm.PUBLIC_COMMENDATION,
                null, null, null, RecipientType.INDIVIDUAL, "Chị Y Hoa", "WOMEN_UNION", Samples.KON_TUM_COMMUNE, null,
                "Tích cực tố giác tội phạm", null, null, AwardStatus.NOMINATED, "recorder-1", null);
        JsonNode tree = json.mapper().readTree(json.write(nominated));

        assertThat(tree.has("issuer")).isFalse();
        assertThat(tree.has("reviewId")).isFalse();
        assertThat(tree.has("reason")).isFalse();
        assertThat(tree.get("activityIds").isArray()).isTrue();
        assertThat(tree.get("activityIds")).isEmpty();
        assertThat(json.read(json.write(nominated), AwardEvent.class)).isEqualTo(nominated);
    }

    @Test
    void unknownFieldsAreIgnoredOnRead() {
        String withExtra = json.write(Samples.report()).replaceFirst("\\{", "{\"reviewedBy\":\"ops-1\",");

        assertThat(json.read(withExtra.getBytes(StandardCharsets.UTF_8), ModelReportEvent.class)).isEqualTo(Samples.report());
    }

    @Test
    void readingABodyThatBreaksAnInvariantFails() {
        String tooManyWomen = json.write(Samples.activity(10, 10, 0)).replace("\"women\":10", "\"women\":11");

        assertThatThrownBy(() -> json.read(tooManyWomen, ActivityEvent.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("women");
    }
}
