package vn.antq.activities.activity;

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
        String agency,
        List<String> partnerAgencies,
        Level level,
        FormLocality locality,
        ActivityKind kind,
        Channel channel,
        List<String> topics,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        Long participants,
        Long women,
        Long ethnicMinority,
        Long reach,
        Long copies) {

    /** Codes as submitted; the gazetteer decides whether they exist. */
    public record FormLocality(String province, String district, String commune) {
    }
}
