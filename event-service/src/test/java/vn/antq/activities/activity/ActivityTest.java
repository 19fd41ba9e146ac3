package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.gazetteer.Gazetteer;

class ActivityTest {

    static final Instant NOW = Instant.parse("2024-06-30T03:00:00Z");

    final ActivityDetails details = new ActivityValidation(Gazetteer.official(),
            code -> KnownAgencies.find(code).isPresent())
            .check(ActivityValidationTest.villageMeeting(), LocalDate.of(2024, 6, 30)).value().details();

    @Test
    void recordingGivesVersionOneAndARecordedEventWithTheFullState() {
        Activity.Change change = Activity.record("a-1", details, "user-1", NOW);

        assertThat(change.activity().version()).isEqualTo(1);
        assertThat(change.contract()).isEqualTo(EventContract.ACTIVITY_RECORDED);
        assertThat(change.event().participants()).isEqualTo(120);
        assertThat(change.event().status()).isEqualTo(ActivityStatus.RECORDED);
        assertThat(change.event().actor()).isEqualTo("user-1");
    }

    @Test
    void revisingBumpsTheVersionAndCarriesTheNewState() {
        Activity recorded = Activity.record("a-1", details, "user-1", NOW).activity();
        ActivityDetails more = new ActivityDetails(details.agency(), details.partnerAgencies(), details.level(),
                details.locality(), details.kind(), details.channel(), details.topics(), details.title(),
                details.startDate(), details.endDate(), 150, 70, 90, 0, 0, java.util.List.of("material-1"));

        Activity.Change change = recorded.revise(more, "user-2", NOW.plusSeconds(60));

        assertThat(change.activity().version()).isEqualTo(2);
        assertThat(change.event().materials()).as("the materials it used").containsExactly("material-1");
        assertThat(change.contract()).isEqualTo(EventContract.ACTIVITY_REVISED);
        assertThat(change.event().participants()).isEqualTo(150);
        assertThat(change.event().actor()).isEqualTo("user-2");
    }

    @Test
    void theRecordingAgencyCannotBeChangedByARevision() {
        Activity recorded = Activity.record("a-1", details, "user-1", NOW).activity();
        ActivityDetails police = new ActivityDetails("POLICE", java.util.List.of(), details.level(),
                details.locality(), details.kind(), details.channel(), details.topics(), details.title(),
                details.startDate(), details.endDate(), 1, 0, 0, 0, 0, java.util.List.of());

        assertThatThrownBy(() -> recorded.revise(police, "user-1", NOW))
                .isInstanceOf(ActivityRuleBroken.class).hasMessage("activity.agency-fixed");
    }

    @Test
    void aCancelledActivityCanNeitherBeRevisedNorCancelledAgain() {
        Activity cancelled = Activity.record("a-1", details, "user-1", NOW).activity().cancel("user-1", NOW).activity();

        assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThatThrownBy(() -> cancelled.cancel("user-1", NOW)).isInstanceOf(ActivityRuleBroken.class);
        assertThatThrownBy(() -> cancelled.revise(details, "user-1", NOW)).isInstanceOf(ActivityRuleBroken.class);
    }
}
