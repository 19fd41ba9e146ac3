package vn.antq.activities.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.gazetteer.AdminPath;

/** A training as the API shows it, with the Vietnamese names of its place and of the attendees' units. */
public record TrainingView(
        String id,
        long version,
        String agency,
        Locality locality,
        String localityName,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        List<DigitalTopic> topics,
        List<String> trainers,
        List<AttendanceView> attendees,
        long staff,
        boolean cancelled,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    /** Staff of one unit and agency trained in the session, with the unit's name. */
    public record AttendanceView(String agency, Locality unit, String unitName, long staff) {
    }

    /** @param places where a locality of the training (its own or an attendee's unit) lies on its start date */
    static TrainingView of(Training training, Function<Locality, AdminPath> places) {
        TrainingDetails d = training.details();
        List<AttendanceView> attendees = d.attendees().stream()
                .map(line -> new AttendanceView(line.agency(), line.unit(), name(places.apply(line.unit())),
                        line.staff()))
                .toList();
        return new TrainingView(training.id(), training.version(), d.agency(), d.locality(),
                name(places.apply(d.locality())), d.title(), d.startDate(), d.endDate(), d.topics(), d.trainers(),
                attendees, d.staff(), training.cancelled(), training.recordedBy(), training.recordedAt(),
                training.updatedAt());
    }

    private static String name(AdminPath place) {
        return place == null ? null : place.displayName();
    }
}
