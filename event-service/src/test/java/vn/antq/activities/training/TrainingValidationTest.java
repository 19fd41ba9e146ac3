package vn.antq.activities.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class TrainingValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static final TrainingValidation VALIDATION =
            new TrainingValidation(Gazetteer.official(), code -> KnownAgencies.find(code).isPresent());

    static final TrainingForm.FormPlace DISTRICT = new TrainingForm.FormPlace("62", "608", null);
    static final TrainingForm.FormPlace COMMUNE = new TrainingForm.FormPlace("62", "608", "23284");
    static final TrainingForm.FormPlace OTHER_COMMUNE = new TrainingForm.FormPlace("62", "608", "23281");

    /** A district training of 2024 for the women's union and the police of two of its communes. */
    static TrainingForm districtTraining() {
        return new TrainingForm(null, DISTRICT, " Tập huấn quản lý nhóm Zalo ", LocalDate.of(2024, 5, 10), null,
                List.of("ZALO_GROUP", "SAFE_SOCIAL_MEDIA"), List.of("Nguyễn Thị Hoa", "Trần Văn Nam"),
                List.of(new TrainingForm.FormAttendance("WOMEN_UNION", COMMUNE, 12L),
                        new TrainingForm.FormAttendance("POLICE", OTHER_COMMUNE, 3L)));
    }

    @Test
    void aDistrictTrainingIsValidOrganisedByTheCallersAgencyAndEndingTheDayItStarts() {
        TrainingValidation.Valid valid = VALIDATION.check(districtTraining(), "WOMEN_UNION", TODAY).value();

        TrainingDetails details = valid.details();
        assertThat(details.agency()).isEqualTo("WOMEN_UNION");
        assertThat(details.title()).isEqualTo("Tập huấn quản lý nhóm Zalo");
        assertThat(details.endDate()).isEqualTo(details.startDate());
        assertThat(details.locality().district()).isEqualTo("608");
        assertThat(details.locality().commune()).isNull();
        assertThat(details.topics()).containsExactly(DigitalTopic.ZALO_GROUP, DigitalTopic.SAFE_SOCIAL_MEDIA);
        assertThat(details.attendees()).extracting(TrainingEvent.Attendance::agency).containsExactly("WOMEN_UNION", "POLICE");
        assertThat(details.staff()).isEqualTo(15);
        assertThat(valid.place().displayName()).contains("Kon Tum");
    }

    @Test
    void whatItAcceptsTheContractAcceptsToo() {
        TrainingDetails details = VALIDATION.check(districtTraining(), "WOMEN_UNION", TODAY).value().details();

        assertThatCode(() -> Training.record("t-1", details, "user-1", Instant.parse("2024-05-11T01:00:00Z"))
                .training().cancel("user-1", Instant.parse("2024-05-12T01:00:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void aNamedAgencyMustBeKnownAndAnAccountWithoutOneMustNameIt() {
        TrainingForm f = districtTraining();
        TrainingForm youth = new TrainingForm("YOUTH", f.locality(), f.title(), f.startDate(), f.endDate(), f.topics(),
                f.trainers(), f.attendees());
        TrainingForm lowerCase = new TrainingForm("women_union", f.locality(), f.title(), f.startDate(), f.endDate(),
                f.topics(), f.trainers(), f.attendees());

        assertThat(fields(VALIDATION.check(youth, "WOMEN_UNION", TODAY))).containsExactly("agency");
        assertThat(fields(VALIDATION.check(lowerCase, "WOMEN_UNION", TODAY))).containsExactly("agency");
        assertThat(fields(VALIDATION.check(f, "OPS", TODAY))).containsExactly("agency");
        assertThat(VALIDATION.check(youth, "OPS", TODAY).problems().get(0).messageEn()).contains("Unknown agency: YOUTH");
    }

    @Test
    void listsMustHaveOneToTheirLimitOfDistinctEntries() {
        TrainingForm f = districtTraining();
        TrainingForm empty = new TrainingForm(null, f.locality(), f.title(), f.startDate(), f.endDate(), List.of(),
                List.of(), List.of());
        TrainingForm tooMany = new TrainingForm(null, f.locality(), f.title(), f.startDate(), f.endDate(),
                Collections.nCopies(7, "WEBSITE"), Collections.nCopies(21, "Lê Văn Ba"), f.attendees());
        TrainingForm repeated = new TrainingForm(null, f.locality(), f.title(), f.startDate(), f.endDate(),
                List.of("WEBSITE", "FANPAGE", "WEBSITE", "website"), List.of("Lê Văn Ba", " ", "LÊ VĂN BA"),
                List.of(f.attendees().get(0), f.attendees().get(0)));

        assertThat(fields(VALIDATION.check(empty, "WOMEN_UNION", TODAY)))
                .containsExactlyInAnyOrder("topics", "trainers", "attendees");
        assertThat(fields(VALIDATION.check(tooMany, "WOMEN_UNION", TODAY))).containsExactlyInAnyOrder("topics", "trainers");
        assertThat(fields(VALIDATION.check(repeated, "WOMEN_UNION", TODAY))).containsExactlyInAnyOrder(
                "topics[2]", "topics[3]", "trainers[1]", "trainers[2]", "attendees[1]");
    }

    @Test
    void staffAreOneToTenThousandAndAttendeesAreUnitsInsideTheTrainingsPlace() {
        TrainingForm f = districtTraining();
        TrainingForm form = new TrainingForm(null, f.locality(), f.title(), f.startDate(), f.endDate(), f.topics(),
                f.trainers(), List.of(
                        new TrainingForm.FormAttendance("WOMEN_UNION", COMMUNE, 0L),
                        new TrainingForm.FormAttendance("POLICE", COMMUNE, 10_001L),
                        new TrainingForm.FormAttendance("FARMERS", COMMUNE, null),
                        new TrainingForm.FormAttendance("VETERANS", new TrainingForm.FormPlace("62", "611", "23377"), 1L),
                        new TrainingForm.FormAttendance("VETERANS", new TrainingForm.FormPlace("62", null, null), 1L),
                        new TrainingForm.FormAttendance(null, COMMUNE, 1L),
                        new TrainingForm.FormAttendance("VETERANS", null, 1L),
                        new TrainingForm.FormAttendance("WOMEN_UNION", DISTRICT, 10_000L)));

        assertThat(fields(VALIDATION.check(form, "WOMEN_UNION", TODAY))).containsExactlyInAnyOrder(
                "attendees[0].staff", "attendees[1].staff", "attendees[2].staff", "attendees[3].unit",
                "attendees[4].unit", "attendees[5].agency", "attendees[6].unit.province");
    }

    @Test
    void aProvinceTrainingTrainsStaffOfAnywhereInTheProvinceAndACommuneTrainingOnlyItsOwn() {
        TrainingForm f = districtTraining();
        List<TrainingForm.FormAttendance> attendees = List.of(
                new TrainingForm.FormAttendance("WOMEN_UNION", new TrainingForm.FormPlace("62", "611", "23377"), 4L),
                new TrainingForm.FormAttendance("WOMEN_UNION", COMMUNE, 4L));
        TrainingForm province = new TrainingForm(null, new TrainingForm.FormPlace("62", null, null), f.title(),
                f.startDate(), f.endDate(), f.topics(), f.trainers(), attendees);
        TrainingForm commune = new TrainingForm(null, COMMUNE, f.title(), f.startDate(), f.endDate(), f.topics(),
                f.trainers(), attendees);

        assertThat(VALIDATION.check(province, "WOMEN_UNION", TODAY)).isInstanceOf(Checked.Valid.class);
        assertThat(fields(VALIDATION.check(commune, "WOMEN_UNION", TODAY))).containsExactly("attendees[0].unit");
    }

    @Test
    void placesAreCheckedInTheStructureInForceOnTheStartDate() {
        TrainingForm f = districtTraining();
        TrainingForm in2025 = new TrainingForm(null, new TrainingForm.FormPlace("51", null, null), f.title(),
                LocalDate.of(2025, 9, 1), null, f.topics(), f.trainers(), List.of(
                        new TrainingForm.FormAttendance("WOMEN_UNION", new TrainingForm.FormPlace("51", null, "23506"), 1L),
                        new TrainingForm.FormAttendance("WOMEN_UNION", new TrainingForm.FormPlace("51", null, "23512"), 1L)));
        TrainingForm oldDistrictIn2025 = new TrainingForm(null, DISTRICT, f.title(), LocalDate.of(2025, 9, 1), null,
                f.topics(), f.trainers(), f.attendees());

        assertThat(fields(VALIDATION.check(in2025, "WOMEN_UNION", TODAY))).containsExactly("attendees[0].unit.commune");
        assertThat(fields(VALIDATION.check(oldDistrictIn2025, "WOMEN_UNION", TODAY))).contains("locality.province");
    }

    @Test
    void theEndMayNotPrecedeTheStartNorLieInTheFuture() {
        TrainingForm f = districtTraining();
        TrainingForm before = new TrainingForm(null, f.locality(), f.title(), f.startDate(), f.startDate().minusDays(1),
                f.topics(), f.trainers(), f.attendees());
        TrainingForm future = new TrainingForm(null, f.locality(), f.title(), f.startDate(), TODAY.plusDays(1),
                f.topics(), f.trainers(), f.attendees());
        TrainingForm noStart = new TrainingForm(null, f.locality(), f.title(), null, null, f.topics(), f.trainers(),
                f.attendees());
        TrainingForm outOfRange = new TrainingForm(null, f.locality(), f.title(), LocalDate.of(1999, 12, 31), null,
                f.topics(), f.trainers(), f.attendees());

        assertThat(fields(VALIDATION.check(before, "WOMEN_UNION", TODAY))).containsExactly("endDate");
        assertThat(fields(VALIDATION.check(future, "WOMEN_UNION", TODAY))).containsExactly("endDate");
        assertThat(fields(VALIDATION.check(noStart, "WOMEN_UNION", TODAY))).containsExactly("startDate");
        assertThat(fields(VALIDATION.check(outOfRange, "WOMEN_UNION", TODAY))).containsExactly("startDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Tập\nhuấn", "Tập\thuấn", "Tập\u0000huấn"})
    void aTitleIsOneLineOfText(String title) {
        TrainingForm f = districtTraining();

        assertThat(fields(VALIDATION.check(new TrainingForm(null, f.locality(), title, f.startDate(), f.endDate(),
                f.topics(), f.trainers(), f.attendees()), "WOMEN_UNION", TODAY))).containsExactly("title");
    }

    @Test
    void aTitleHasAtMost300Characters() {
        TrainingForm f = districtTraining();

        assertThat(fields(VALIDATION.check(new TrainingForm(null, f.locality(), "T".repeat(301), f.startDate(),
                f.endDate(), f.topics(), f.trainers(), f.attendees()), "WOMEN_UNION", TODAY))).containsExactly("title");
        assertThat(VALIDATION.check(new TrainingForm(null, f.locality(), "T".repeat(300), f.startDate(),
                f.endDate(), f.topics(), f.trainers(), f.attendees()), "WOMEN_UNION", TODAY))
                .isInstanceOf(Checked.Valid.class);
    }

    private static List<String> fields(Checked<?> checked) {
        return checked.problems().stream().map(Problem::field).toList();
    }
}
