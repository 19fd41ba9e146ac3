package vn.antq.activities.activity;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String agency,
        List<String> partnerAgencies,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Level level,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FormLocality locality,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActivityKind kind,
        Channel channel,
        List<String> topics,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startDate,
        LocalDate endDate,
        Long participants,
        Long women,
        Long ethnicMinority,
        Long reach,
        Long copies) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String province,
            String district,
            String commune) {
    }
}
