package vn.antq.activities.activity;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;

/**
 * What the recording agency says about an activity: everything but its identity, version and
 * status. Built only by {@link ActivityValidation}, so an instance always satisfies the rules.
 *
 * @param materials ids of the library's materials the activity used, each once
 */
public record ActivityDetails(
        String agency,
        List<String> partnerAgencies,
        Level level,
        Locality locality,
        ActivityKind kind,
        Channel channel,
        List<String> topics,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        long participants,
        long women,
        long ethnicMinority,
        long reach,
        long copies,
        List<String> materials) {

    public ActivityDetails {
        partnerAgencies = List.copyOf(partnerAgencies);
        topics = List.copyOf(topics);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
