package vn.antq.activities.training;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;

/**
 * What the organising agency says about a training session: everything but its identity, version and whether it was
 * cancelled. Built only by {@link TrainingValidation}, so an instance always satisfies the rules (and the contract).
 *
 * @param agency    the organising agency
 * @param locality  where it was held: a province, district or commune in force on {@code startDate}
 * @param attendees the staff trained, per unit and agency, each unit and agency once
 */
public record TrainingDetails(
        String agency,
        Locality locality,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        List<DigitalTopic> topics,
        List<String> trainers,
        List<TrainingEvent.Attendance> attendees) {

    public TrainingDetails {
        topics = List.copyOf(topics);
        trainers = List.copyOf(trainers);
        attendees = List.copyOf(attendees);
    }

    /** Staff trained in all, every line summed. */
    public long staff() {
        return attendees.stream().mapToLong(TrainingEvent.Attendance::staff).sum();
    }
}
