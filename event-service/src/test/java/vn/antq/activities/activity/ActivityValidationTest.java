package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Level;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

class ActivityValidationTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    final ActivityValidation validation =
            new ActivityValidation(Gazetteer.official(), code -> KnownAgencies.find(code).isPresent());

    static ActivityForm villageMeeting() {
        return new ActivityForm("WOMEN_UNION", List.of("POLICE"), Level.COMMUNE,
                new ActivityForm.FormLocality("62", "615", "23500"), ActivityKind.VILLAGE_MEETING, null,
                List.of("phòng chống tội phạm"), "Họp thôn tuyên truyền phòng chống tội phạm",
                LocalDate.of(2024, 5, 10), null, 120L, 70L, 90L, null, null);
    }

    @Test
    void aVillageMeetingInAKonTumCommuneIsValidAndTakesTheDirectChannel() {
        Checked<ActivityValidation.Valid> outcome = validation.check(villageMeeting(), TODAY);

        assertThat(outcome).isInstanceOf(Checked.Valid.class);
        ActivityValidation.Valid valid = outcome.value();
        assertThat(valid.details().channel()).isEqualTo(Channel.DIRECT);
        assertThat(valid.details().endDate()).isEqualTo(valid.details().startDate());
        assertThat(valid.place().displayName()).contains("Kon Tum");
    }

    @Test
    void womenMoreThanParticipantsIsRejectedOnTheWomenField() {
        assertThat(fieldsWrongIn(f -> with(f, 10L, 11L, 0L))).containsExactly("women");
    }

    @Test
    void negativeCountsAreRejectedOnTheirFields() {
        assertThat(fieldsWrongIn(f -> with(f, -1L, 0L, 0L))).contains("participants");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Họp\u0000dân", "Họp\u0007dân", "Họp\ud800dân",
            "Họp dân\nthôn", "Họp dân\tthôn", "Họp dân\r\nthôn"})
    void aTitleWithAControlCharacterABrokenCharacterOrALineBreakIsRejected(String title) {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), title, f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("title");
    }

    @Test
    void aTopicWithALineBreakIsRejectedOnItsElement() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), java.util.List.of("an ninh", "trật\ntự"), f.title(), f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("topics[1]");
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), f.title(), f.startDate(), f.startDate().minusDays(1),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("endDate");
    }

    @Test
    void aStartDateAfterTodayIsRejected() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), f.title(), TODAY.plusDays(1), null,
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).contains("startDate");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0001-06-02", "1800-01-01", "-999999999-01-01",
            "1999-12-31", "2100-01-01"})
    void aStartOrEndDateOutsideTheBusinessRangeIsRejectedOnItsField(String date) {
        LocalDate outside = LocalDate.parse(date);
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), f.title(), outside, null,
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).contains("startDate");
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), f.title(), f.startDate(), outside,
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("endDate");
    }

    @Test
    void aChannelThatDoesNotMatchTheKindIsRejected() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                f.kind(), Channel.ONLINE, f.topics(), f.title(), f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("channel");
    }

    @Test
    void otherKindNeedsAChannel() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(),
                ActivityKind.OTHER, null, f.topics(), f.title(), f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies()))).containsExactly("channel");
    }

    @Test
    void anUnknownCommuneIsRejectedOnTheCommuneField() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), f.partnerAgencies(), f.level(),
                new ActivityForm.FormLocality("62", "615", "99999"), f.kind(), f.channel(), f.topics(), f.title(),
                f.startDate(), f.endDate(), f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies())))
                .containsExactly("locality.commune");
    }

    @Test
    void theRecordingAgencyCannotBeItsOwnPartner() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), List.of("WOMEN_UNION"), f.level(), f.locality(),
                f.kind(), f.channel(), f.topics(), f.title(), f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies())))
                .containsExactly("partnerAgencies[0]");
    }

    @Test
    void unknownPartnerAgenciesAreRejected() {
        assertThat(fieldsWrongIn(f -> new ActivityForm(f.agency(), List.of("POLICE", "NOBODY"), f.level(),
                f.locality(), f.kind(), f.channel(), f.topics(), f.title(), f.startDate(), f.endDate(),
                f.participants(), f.women(), f.ethnicMinority(), f.reach(), f.copies())))
                .containsExactly("partnerAgencies[1]");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        ActivityForm empty = new ActivityForm(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        Checked<ActivityValidation.Valid> outcome = validation.check(empty, TODAY);

        assertThat(outcome.problems()).extracting(Problem::field)
                .contains("agency", "level", "kind", "title", "startDate", "locality.province");
        assertThat(outcome.problems())
                .allSatisfy(p -> assertThat(p.messageVi()).isNotBlank().isNotEqualTo(p.messageEn()));
    }

    @Test
    void theMaterialsItUsedAreMaterialsOfTheLibraryEachOnceAndLookedUpTogether() {
        List<java.util.Collection<String>> lookups = new java.util.ArrayList<>();
        ActivityValidation withLibrary = new ActivityValidation(Gazetteer.official(),
                code -> KnownAgencies.find(code).isPresent(), ids -> {
                    lookups.add(List.copyOf(ids));
                    return java.util.Set.of("material-1", "material-2").stream().filter(ids::contains)
                            .collect(java.util.stream.Collectors.toSet());
                });

        ActivityDetails details = withLibrary.check(withMaterials(villageMeeting(),
                List.of("material-1", " material-2 ")), TODAY).value().details();
        Checked<ActivityValidation.Valid> wrong = withLibrary.check(withMaterials(villageMeeting(),
                List.of("material-1", "no-such-material", "material-1", " ")), TODAY);

        assertThat(details.materials()).containsExactly("material-1", "material-2");
        assertThat(wrong.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("materials[1]", "materials[2]", "materials[3]");
        assertThat(wrong.problems()).filteredOn(p -> p.field().equals("materials[1]")).singleElement()
                .satisfies(p -> {
                    assertThat(p.messageVi()).isEqualTo("Thư viện tài liệu không có tài liệu no-such-material");
                    assertThat(p.messageEn()).isEqualTo("The materials library has no material no-such-material");
                });
        assertThat(wrong.problems()).filteredOn(p -> p.field().equals("materials[2]")).singleElement()
                .satisfies(p -> assertThat(p.messageEn()).contains("listed twice"));
        assertThat(lookups).containsExactly(List.of("material-1", "material-2"),
                List.of("material-1", "no-such-material"));
    }

    @Test
    void atMostTwentyMaterialsAndNoneWhenMissing() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "material-" + i).toList();

        assertThat(fieldsWrongIn(f -> withMaterials(f, many))).containsExactly("materials");
        assertThat(validation.check(villageMeeting(), TODAY).value().details().materials()).isEmpty();
        assertThat(fieldsWrongIn(f -> withMaterials(f, List.of("material-1")))).as("a library without it")
                .containsExactly("materials[0]");
    }

    private static ActivityForm withMaterials(ActivityForm f, List<String> materials) {
        return new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(), f.kind(), f.channel(),
                f.topics(), f.title(), f.startDate(), f.endDate(), f.participants(), f.women(), f.ethnicMinority(),
                f.reach(), f.copies(), materials);
    }

    private List<String> fieldsWrongIn(UnaryOperator<ActivityForm> change) {
        Checked<ActivityValidation.Valid> outcome = validation.check(change.apply(villageMeeting()), TODAY);
        assertThat(outcome).isInstanceOf(Checked.Invalid.class);
        return outcome.problems().stream().map(Problem::field).toList();
    }

    private static ActivityForm with(ActivityForm f, Long participants, Long women, Long ethnicMinority) {
        return new ActivityForm(f.agency(), f.partnerAgencies(), f.level(), f.locality(), f.kind(), f.channel(),
                f.topics(), f.title(), f.startDate(), f.endDate(), participants, women, ethnicMinority, f.reach(),
                f.copies());
    }
}
