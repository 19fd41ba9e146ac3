package vn.antq.activities.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.training.TrainingEvent;

class TrainingTest {

    static final Instant NOW = Instant.parse("2024-06-30T03:00:00Z");

    final TrainingDetails details = TrainingValidationTest.VALIDATION
            .check(TrainingValidationTest.districtTraining(), "WOMEN_UNION", LocalDate.of(2024, 6, 30)).value().details();

    @Test
    void recordingGivesVersionOneAndAnEventWithTheWholeSession() {
        Training.Change change = Training.record("t-1", details, "user-1", NOW);

        TrainingEvent event = change.event();
        assertThat(change.training().version()).isEqualTo(1);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.actor()).isEqualTo("user-1");
        assertThat(event.attendees()).isEqualTo(details.attendees());
        assertThat(event.staff()).isEqualTo(15);
        assertThat(event.cancelled()).isFalse();
    }

    @Test
    void revisingBumpsTheVersionAndKeepsTheIdAndWhoRecordedIt() {
        Training recorded = Training.record("t-1", details, "user-1", NOW).training();
        TrainingDetails more = new TrainingDetails(details.agency(), details.locality(), "Lớp mới", details.startDate(),
                details.endDate(), details.topics(), List.of("Lê Văn Ba"), details.attendees());

        Training.Change change = recorded.revise(more, "user-2", NOW.plusSeconds(60));

        assertThat(change.training().version()).isEqualTo(2);
        assertThat(change.training().id()).isEqualTo("t-1");
        assertThat(change.training().recordedBy()).isEqualTo("user-1");
        assertThat(change.event().title()).isEqualTo("Lớp mới");
        assertThat(change.event().trainers()).containsExactly("Lê Văn Ba");
        assertThat(change.event().actor()).isEqualTo("user-2");
    }

    @Test
    void theOrganisingAgencyCannotBeChangedByARevision() {
        Training recorded = Training.record("t-1", details, "user-1", NOW).training();
        TrainingDetails police = new TrainingDetails("POLICE", details.locality(), details.title(), details.startDate(),
                details.endDate(), details.topics(), details.trainers(), details.attendees());

        assertThatThrownBy(() -> recorded.revise(police, "user-1", NOW))
                .isInstanceOf(TrainingRuleBroken.class).hasMessage("training.agency-fixed");
    }

    @Test
    void aCancelledTrainingIsPublishedWholeAndCanNeitherBeRevisedNorCancelledAgain() {
        Training.Change change = Training.record("t-1", details, "user-1", NOW).training().cancel("user-1", NOW);
        Training cancelled = change.training();

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(change.event().cancelled()).isTrue();
        assertThat(change.event().attendees()).hasSize(2);
        assertThatThrownBy(() -> cancelled.cancel("user-1", NOW)).isInstanceOf(TrainingRuleBroken.class)
                .hasMessage("training.cancelled");
        assertThatThrownBy(() -> cancelled.revise(details, "user-1", NOW)).isInstanceOf(TrainingRuleBroken.class);
    }
}
