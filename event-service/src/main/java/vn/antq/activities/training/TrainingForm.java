package vn.antq.activities.training;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

import vn.antq.activities.place.Units;

/**
 * A training session as submitted: any field may be missing or wrong until {@link TrainingValidation} has checked it.
 *
 * @param agency    the organising agency; when missing, the caller's own
 * @param endDate   the last day; when missing, the start date
 * @param topics    names of {@link vn.antq.contracts.training.DigitalTopic}
 * @param trainers  the trainers' names
 * @param attendees the staff trained, per unit and agency
 */
public record TrainingForm(
        String agency,
        @NotNull FormPlace locality,
        @NotNull String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotNull List<String> topics,
        @NotNull List<String> trainers,
        @NotNull List<FormAttendance> attendees) {

    /** Codes as submitted; the gazetteer decides whether they exist on the start date. */
    public record FormPlace(
            @NotNull String province,
            String district,
            String commune) implements Units.Codes {
    }

    /** Staff of one unit and agency trained in the session, as submitted. */
    public record FormAttendance(
            @NotNull String agency,
            @NotNull FormPlace unit,
            @NotNull Long staff) {
    }
}
