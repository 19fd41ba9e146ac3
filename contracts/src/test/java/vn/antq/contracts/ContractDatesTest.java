package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.antq.contracts.activity.ActivityEvent;

class ContractDatesTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private static final EventJson JSON = new EventJson();

    private static final List<String> OUT_OF_RANGE_DATES = List.of("1999-12-31", "2100-01-01", "0001-06-01", "1800-01-01",
            "-999999999-01-01", "+10000-01-01", "2024-05-01T00:00:00Z", "2024-02-30", "24-05-01");
    private static final List<String> OUT_OF_RANGE_INSTANTS = List.of("1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z", "2024-05-01T08:30:00+07:00", "2024-05-01T08:30:00", "2024-05-01", "2024-05-01T24:00:00Z");

    @Test
    void theRangeIsTheTwentyFirstCentury() {
        assertThat(ContractDates.EARLIEST).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(ContractDates.LATEST).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(ContractDates.inRange(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(ContractDates.inRange(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(ContractDates.inRange(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(ContractDates.inRange(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(ContractDates.inRange(LocalDate.MIN)).isFalse();
        assertThat(ContractDates.inRange((LocalDate) null)).isFalse();
        assertThat(ContractDates.inRange(Instant.parse("2099-12-31T23:59:59.999Z"))).isTrue();
        assertThat(ContractDates.inRange(Instant.parse("1999-12-31T23:59:59Z"))).isFalse();
        assertThat(ContractDates.inRange(YearMonth.of(2099, 12))).isTrue();
        assertThat(ContractDates.inRange(YearMonth.of(1999, 12))).isFalse();
    }

    @Test
    void theTextChecksAgreeWithTheRange() {
        assertThat(ContractDates.isContractDate("2000-01-01")).isTrue();
        assertThat(ContractDates.isContractDate("2024-02-29")).isTrue();
        assertThat(ContractDates.isContractInstant("2024-05-01T08:30:00.120Z")).isTrue();
        OUT_OF_RANGE_DATES.forEach(text -> assertThat(ContractDates.isContractDate(text)).as(text).isFalse());
        OUT_OF_RANGE_INSTANTS.forEach(text -> assertThat(ContractDates.isContractInstant(text)).as(text).isFalse());
    }

    @Test
    void theSchemasHoldTheSamePatterns() {
        JsonNode definitions = SchemaFiles.load("schemas/defs/common.v1.json").get("definitions");

        assertThat(definitions.get("date").get("pattern").asString()).isEqualTo(ContractDates.DATE_PATTERN);
        assertThat(definitions.get("optionalDate").get("pattern").asString()).isEqualTo(ContractDates.DATE_PATTERN);
        assertThat(definitions.get("instant").get("pattern").asString()).isEqualTo(ContractDates.INSTANT_PATTERN);
    }

    static Stream<Arguments> dateFields() {
        return Arrays.stream(EventContract.values()).flatMap(contract -> Arrays.stream(contract.bodyClass().getRecordComponents())
                .filter(component -> component.getType() == LocalDate.class || component.getType() == Instant.class)
                .map(component -> Arguments.of(contract, component.getName(), component.getType() == Instant.class)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("dateFields")
    void everyDateFieldAcceptsTheRangeAndNothingOutsideIt(EventContract contract, String field, boolean instant) {
        List<String> inside = instant
                ? List.of("2000-01-01T00:00:00Z", "2099-12-31T23:59:59.999999999Z")
                : List.of("2000-01-01", "2099-12-31");
        for (String text : inside) {
            assertThat(violations(contract, field, text)).as(field + " = " + text).isEmpty();
        }
        for (String text : instant ? OUT_OF_RANGE_INSTANTS : OUT_OF_RANGE_DATES) {
            assertThat(violations(contract, field, text)).as(field + " = " + text).isNotEmpty()
                    .anySatisfy(violation -> assertThat(violation).contains(field));
        }
    }

    @Test
    void everyBodyHasItsDateFieldsChecked() {
        assertThat(dateFields().map(arguments -> arguments.get()[0] + "." + arguments.get()[1]))
                .contains("ACTIVITY_RECORDED.startDate", "ACTIVITY_RECORDED.endDate", "MODEL_CHANGED.establishedOn",
                        "MODEL_REPORTED.periodStart", "REVIEW_HELD.heldOn", "AWARD_CHANGED.decidedOn", "AWARD_CHANGED.occurredAt");
    }

    @Test
    void aReportPeriodHasAYearInTheRange() {
        assertThat(violations(EventContract.MODEL_REPORTED, "period", "1999-Q4")).isNotEmpty();
        assertThat(violations(EventContract.MODEL_REPORTED, "period", "2100-01")).isNotEmpty();
    }

    @Test
    void theRecordsDoNotRefuseADateOutsideTheRangeTheServicesAndSchemasDo() {
        ObjectNode body = body(EventContract.ACTIVITY_RECORDED);
        body.put("startDate", "1800-01-01").put("endDate", "1800-01-01");

        assertThatCode(() -> JSON.read(JSON.mapper().writeValueAsString(body), ActivityEvent.class))
                .doesNotThrowAnyException();
    }

    private static List<String> violations(EventContract contract, String field, String text) {
        ObjectNode body = body(contract);
        body.put(field, text);
        return SCHEMAS.validate(contract.type(), JSON.mapper().writeValueAsString(body));
    }

    private static ObjectNode body(EventContract contract) {
        return (ObjectNode) JSON.mapper().readTree(JSON.write(Samples.of(contract)));
    }
}
