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
        Long copies) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @NotNull String province,
            String district,
            String commune) {
    }
}
