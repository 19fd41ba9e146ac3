package vn.antq.activities.activity;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;

/**
 * An activity as submitted, through the API or a row of an imported spreadsheet: any field may be
 * missing or wrong until {@link ActivityValidation} has checked it.
 *
 * @param materials ids of the library's materials the activity used (at most 20, each once); none when missing
 */
public record ActivityForm(
        @NotNull String agency,
        List<String> partnerAgencies,
        @NotNull Level level,
        @NotNull FormLocality locality,
        @NotNull ActivityKind kind,
        Channel channel,
        List<String> topics,
        @NotNull String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Long participants,
        Long women,
        Long ethnicMinority,
        Long reach,
        Long copies,
        List<String> materials) {

    /** An activity that names no material of the library (a row of an imported spreadsheet). */
    public ActivityForm(String agency, List<String> partnerAgencies, Level level, FormLocality locality,
                        ActivityKind kind, Channel channel, List<String> topics, String title, LocalDate startDate,
                        LocalDate endDate, Long participants, Long women, Long ethnicMinority, Long reach,
                        Long copies) {
        this(agency, partnerAgencies, level, locality, kind, channel, topics, title, startDate, endDate, participants,
                women, ethnicMinority, reach, copies, null);
    }

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @NotNull String province,
            String district,
            String commune) {
    }
}
