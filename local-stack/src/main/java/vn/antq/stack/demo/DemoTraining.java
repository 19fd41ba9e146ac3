package vn.antq.stack.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A digital-skills training of grassroots outreach staff as the demo records it through
 * {@code POST /api/v1/trainings}, with the token of its organising agency. Its title names it: no two are alike.
 *
 * @param district  where it was held: a district, or null for the province's own sessions in the city
 * @param attendees the staff trained per unit and agency
 */
public record DemoTraining(String agency, String district, String title, LocalDate startDate, LocalDate endDate,
                           List<String> topics, List<String> trainers, List<Attendance> attendees) {

    /**
     * Staff of one agency and unit trained.
     *
     * @param district the unit's district
     * @param commune  the unit's commune, or null for the district's own staff
     */
    public record Attendance(String agency, String district, String commune, long staff) {
    }

    public DemoTraining {
        topics = List.copyOf(topics);
        trainers = List.copyOf(trainers);
        attendees = List.copyOf(attendees);
    }

    public long staff() {
        return attendees.stream().mapToLong(Attendance::staff).sum();
    }
}
