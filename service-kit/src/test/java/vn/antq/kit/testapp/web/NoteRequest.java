package vn.antq.kit.testapp.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client posts: shaped like an activity, with a nested locality, an enum and a date. */
public record NoteRequest(
        @NotBlank String agency,
        @NotBlank @Size(max = 200) String title,
        @NotNull NoteKind kind,
        @NotNull @Valid Place locality,
        @NotNull @PositiveOrZero Integer participants,
        LocalDate day,
        List<@NotBlank String> topics,
        Boolean urgent) {

    public record Place(
            @NotBlank @Pattern(regexp = "[0-9]{2}") String province,
            @Pattern(regexp = "[0-9]{3}") String district,
            @Pattern(regexp = "[0-9]{5}") String commune) {

        String mostSpecificCode() {
            return commune != null ? commune : district != null ? district : province;
        }
    }

    public enum NoteKind {
        VILLAGE_MEETING, CONTEST, LOUDSPEAKER
    }
}
