package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.node.ObjectNode;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardStatus;

class ContractSchemasTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private static final EventJson JSON = new EventJson();

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void aSampleOfEveryEventTypeValidatesAgainstItsSchema(EventContract contract) {
        assertThat(SCHEMAS.validate(contract.type(), JSON.writeBytes(Samples.of(contract)))).isEmpty();
        assertThat(SCHEMAS.validate(contract.type(), JSON.write(Samples.of(contract)))).isEmpty();
    }

    static Stream<Arguments> requiredFields() {
        return Arrays.stream(EventContract.values()).flatMap(contract ->
                NullableFields.required(contract.bodyClass()).stream().map(field -> Arguments.of(contract, field)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void aBodyMissingARequiredFieldDoesNotValidate(EventContract contract, String field) {
        assertThat(violations(contract, body -> body.remove(field)))
                .isNotEmpty()
                .anySatisfy(violation -> assertThat(violation).contains(field));
    }

    @ParameterizedTest
    @EnumSource(value = EventContract.class, mode = EnumSource.Mode.EXCLUDE, names = "USER_CHANGED")
    void aLocalityWithoutProvinceDoesNotValidate(EventContract contract) {
        // A distribution's place is the unit that received the material.
        String field = contract == EventContract.MATERIAL_DISTRIBUTED ? "unit" : "locality";
        assertThat(violations(contract, body -> ((ObjectNode) body.get(field)).remove("province"))).isNotEmpty();
    }

    static Stream<Arguments> countFields() {
        return Arrays.stream(EventContract.values()).flatMap(contract ->
                Arrays.stream(contract.bodyClass().getRecordComponents())
                        .filter(component -> component.getType() == long.class && !component.getName().equals("version"))
                        .map(RecordComponent::getName)
                        .map(field -> Arguments.of(contract, field)));
    }

    @ParameterizedTest(name = "{0} with {1} = -1")
    @MethodSource("countFields")
    void aNegativeCountDoesNotValidate(EventContract contract, String field) {
        assertThat(violations(contract, body -> body.put(field, -1)))
                .singleElement().asString().contains(field).contains("0");
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void versionZeroDoesNotValidate(EventContract contract) {
        assertThat(violations(contract, body -> body.put("version", 0))).isNotEmpty();
    }

    @Test
    void anUnknownEventTypeIsReportedAsOneViolation() {
        assertThat(SCHEMAS.validate("vn.antq.activity.deleted.v1", "{}"))
                .singleElement().asString().contains("unknown event type", "vn.antq.activity.deleted.v1");
    }

    @Test
    void malformedOrEmptyJsonIsReportedNotThrown() {
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, "{\"id\": ")).singleElement().asString().contains("not valid JSON");
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, new byte[0])).singleElement().asString().contains("empty");
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, (byte[]) null)).singleElement().asString().contains("missing");
    }

    @Test
    void aBodyThatIsNotAnObjectDoesNotValidate() {
        assertThat(SCHEMAS.validate(EventTypes.ACTIVITY_RECORDED, "[1, 2]")).isNotEmpty();
    }

    @Test
    void localityCodesMustHaveTheirOfficialLength() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> locality(body).put("province", "6"))).hasSize(1);
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> locality(body).put("district", "60"))).hasSize(1);
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> locality(body).put("commune", "2328"))).hasSize(1);
    }

    @Test
    void aCommuneWithoutDistrictValidates() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> locality(body).remove("district"))).isEmpty();
    }

    @Test
    void anImpossibleDateOrInstantDoesNotValidate() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("startDate", "2024-13-01"))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("occurredAt", "yesterday"))).isNotEmpty();
    }

    @Test
    void anAgencyCodeMustBeUpperCaseWords() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("agency", "Hội LHPN"))).isNotEmpty();
    }

    @Test
    void aValueOutsideAnEnumDoesNotValidate() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("kind", "PICNIC"))).isNotEmpty();
    }

    @Test
    void aChannelThatDoesNotFitTheKindDoesNotValidate() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("channel", "ONLINE"))).isNotEmpty();
    }

    @Test
    void activityOfKindOtherMayUseAnyChannel() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("kind", "OTHER").put("channel", "PRINT"))).isEmpty();
    }

    @Test
    void recordedMeansVersionOneAndRevisedOrCancelledMeansALaterVersion() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("version", 2))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_REVISED, body -> body.put("version", 1))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_CANCELLED, body -> body.put("version", 1))).isNotEmpty();
        assertThat(violations(EventContract.MODEL_REGISTERED, body -> body.put("version", 2))).isNotEmpty();
        assertThat(violations(EventContract.MODEL_CHANGED, body -> body.put("version", 1))).isNotEmpty();
    }

    @Test
    void aCancelledEventCarriesStatusCancelled() {
        assertThat(violations(EventContract.ACTIVITY_CANCELLED, body -> body.put("status", ActivityStatus.RECORDED.name()))).isNotEmpty();
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("status", ActivityStatus.CANCELLED.name()))).isNotEmpty();
    }

    @Test
    void aReportPeriodIsAMonthOrAQuarter() {
        assertThat(violations(EventContract.MODEL_REPORTED, body -> body.put("period", "2024-Q5"))).isNotEmpty();
        assertThat(violations(EventContract.MODEL_REPORTED, body -> body.put("period", "2024-13"))).isNotEmpty();
    }

    @Test
    void aJointReviewNeedsTwoAgenciesAndASingleOrganiserOnlyItself() {
        assertThat(violations(EventContract.REVIEW_HELD, body -> body.putArray("agencies").add("POLICE"))).isNotEmpty();
        assertThat(violations(EventContract.REVIEW_HELD, body -> body.put("organiser", "POLICE"))).isNotEmpty();
    }

    @Test
    void aDecidedAwardCarriesItsDecision() {
        for (String field : List.of("issuer", "decisionNo", "decidedOn")) {
            assertThat(violations(EventContract.AWARD_CHANGED, body -> body.remove(field))).as(field).isNotEmpty();
        }
    }

    @Test
    void aRejectedOrRevokedAwardCarriesItsReason() {
        for (AwardStatus status : List.of(AwardStatus.REJECTED, AwardStatus.REVOKED)) {
            EventBody award = Samples.award(status);
            assertThat(violations(EventContract.AWARD_CHANGED, award, body -> { })).isEmpty();
            assertThat(violations(EventContract.AWARD_CHANGED, award, body -> body.remove("reason"))).as(status.name()).isNotEmpty();
        }
    }

    @Test
    void unknownFieldsAreAllowedSoProducersCanAddOptionalOnes() {
        assertThat(violations(EventContract.ACTIVITY_RECORDED, body -> body.put("venue", "Nhà văn hóa thôn"))).isEmpty();
    }

    @Test
    void anExplicitNullIsAcceptedForANullableField() {
        assertThat(violations(EventContract.MODEL_CHANGED, body -> body.putNull("village"))).isEmpty();
        assertThat(violations(EventContract.MODEL_CHANGED, body -> body.putNull("name"))).isNotEmpty();
    }

    @Test
    void validationIsSafeFromManyThreads() throws Exception {
        byte[] valid = JSON.writeBytes(Samples.of(EventContract.ACTIVITY_REVISED));
        String invalid = JSON.mapper().writeValueAsString(((ObjectNode) JSON.mapper().readTree(valid)).put("women", -5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean expectValid = i % 2 == 0;
                results.add(pool.submit(() -> expectValid
                        ? SCHEMAS.validate(EventTypes.ACTIVITY_REVISED, valid).isEmpty()
                        : SCHEMAS.validate(EventTypes.ACTIVITY_REVISED, invalid).size() == 1));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> violations(EventContract contract, Consumer<ObjectNode> change) {
        return violations(contract, Samples.of(contract), change);
    }

    /** The violations of {@code sample} after {@code change} was made to its JSON. */
    private static List<String> violations(EventContract contract, EventBody sample, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) JSON.mapper().readTree(JSON.write(sample));
        change.accept(body);
        return SCHEMAS.validate(contract.type(), JSON.mapper().writeValueAsString(body));
    }

    private static ObjectNode locality(ObjectNode body) {
        return (ObjectNode) body.get("locality");
    }
}
