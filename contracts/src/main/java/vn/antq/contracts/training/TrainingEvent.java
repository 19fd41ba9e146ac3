package vn.antq.contracts.training;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireOrdered;
import static vn.antq.contracts.common.Invariants.requireText;
import static vn.antq.contracts.common.Invariants.distinctTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * Tập huấn kỹ năng số: a training session that taught grassroots outreach staff digital skills (point 6 of the
 * province's review). Every change re-sends the whole session with the next version: recorded (version 1), revised,
 * or cancelled ({@code cancelled} true, after which it counts nothing).
 *
 * @param agency    the organising agency (its recorder recorded the session)
 * @param locality  where it was held: a province, district or commune, in the structure in force on {@code startDate}
 * @param topics    what it taught, at least one, distinct
 * @param trainers  the trainers' names, at least one, distinct
 * @param attendees the staff trained, per unit and agency: at least one line, each unit and agency once
 */
public record TrainingEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String agency,
        Locality locality,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        List<DigitalTopic> topics,
        List<String> trainers,
        List<Attendance> attendees,
        boolean cancelled) implements EventBody {

    /**
     * Staff of one unit and agency trained in the session.
     *
     * @param agency the agency the staff work for (another agency's staff may attend)
     * @param unit   the unit they work in: a commune, district or province, in the structure in force on the start date
     * @param staff  how many were trained, at least 1
     */
    public record Attendance(String agency, Locality unit, long staff) {

        public Attendance {
            requireAgencyCode(agency, "attendees[].agency");
            require(unit, "attendees[].unit");
            if (staff < 1) {
                throw new IllegalArgumentException("attendees[].staff must be >= 1 but was " + staff);
            }
        }
    }

    public TrainingEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireAgencyCode(agency, "agency");
        require(locality, "locality");
        requireText(title, "title");
        require(startDate, "startDate");
        require(endDate, "endDate");
        requireOrdered(startDate, "startDate", endDate, "endDate");
        require(topics, "topics").forEach(topic -> require(topic, "topics[]"));
        topics = List.copyOf(topics);
        if (topics.isEmpty() || new HashSet<>(topics).size() != topics.size()) {
            throw new IllegalArgumentException("topics must name at least one topic, each once");
        }
        trainers = distinctTexts(trainers, "trainers");
        if (trainers.isEmpty()) {
            throw new IllegalArgumentException("trainers must name at least one trainer");
        }
        require(attendees, "attendees").forEach(line -> require(line, "attendees[]"));
        attendees = List.copyOf(attendees);
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException("attendees must have at least one line");
        }
        Set<String> lines = new HashSet<>();
        for (Attendance line : attendees) {
            if (!lines.add(line.agency() + "|" + line.unit().mostSpecificCode())) {
                throw new IllegalArgumentException("attendees must list each unit and agency once, but "
                        + line.agency() + " in " + line.unit().mostSpecificCode() + " comes twice");
            }
        }
    }

    /** Staff trained in all, every line summed. */
    public long staff() {
        return attendees.stream().mapToLong(Attendance::staff).sum();
    }
}
