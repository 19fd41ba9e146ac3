package vn.antq.contracts.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.Samples;
import vn.antq.contracts.Topics;

class TrainingEventTest {

    private final TrainingEvent valid = Samples.training(1, false);

    @Test
    void aTrainingTravelsOnItsOwnTopicKeyedByItsIdAndSumsItsAttendees() {
        assertThat(valid.kafkaKey()).isEqualTo("training-1");
        assertThat(EventContract.TRAINING_RECORDED.topic()).isEqualTo(Topics.TRAINING);
        assertThat(valid.staff()).isEqualTo(5);
    }

    @Test
    void aTrainingTeachesSomethingHasATrainerAndTrainsSomeone() {
        assertThatThrownBy(() -> with(List.of(), valid.trainers(), valid.attendees())).hasMessageContaining("topics");
        assertThatThrownBy(() -> with(List.of(DigitalTopic.FANPAGE, DigitalTopic.FANPAGE), valid.trainers(),
                valid.attendees())).hasMessageContaining("topics");
        assertThatThrownBy(() -> with(valid.topics(), List.of(), valid.attendees())).hasMessageContaining("trainers");
        assertThatThrownBy(() -> with(valid.topics(), valid.trainers(), List.of())).hasMessageContaining("attendees");
        assertThatThrownBy(() -> new TrainingEvent.Attendance("POLICE", Samples.KON_TUM_COMMUNE, 0))
                .hasMessageContaining("attendees[].staff");
    }

    @Test
    void eachUnitAndAgencyIsOneLine() {
        TrainingEvent.Attendance line = valid.attendees().get(0);
        assertThatThrownBy(() -> with(valid.topics(), valid.trainers(), List.of(line,
                new TrainingEvent.Attendance(line.agency(), line.unit(), 4)))).hasMessageContaining("twice");
    }

    @Test
    void itEndsNoEarlierThanItStarts() {
        assertThatThrownBy(() -> new TrainingEvent("t", 1, "a", valid.occurredAt(), "POLICE", valid.locality(), "x",
                valid.endDate(), valid.startDate(), valid.topics(), valid.trainers(), valid.attendees(), false))
                .hasMessageContaining("endDate");
    }

    private TrainingEvent with(List<DigitalTopic> topics, List<String> trainers, List<TrainingEvent.Attendance> attendees) {
        return new TrainingEvent("t", 1, "a", valid.occurredAt(), "POLICE", valid.locality(), "x", valid.startDate(),
                valid.endDate(), topics, trainers, attendees, false);
    }
}
