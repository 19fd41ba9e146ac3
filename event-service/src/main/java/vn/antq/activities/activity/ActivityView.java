package vn.antq.activities.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.gazetteer.AdminPath;

/** An activity as the API shows it, with the Vietnamese names of its locality. */
public record ActivityView(
        String id,
        long version,
        String agency,
        List<String> partnerAgencies,
        Level level,
        LocalityView locality,
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
        ActivityStatus status,
        List<String> materials,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    public record LocalityView(String province, String district, String commune, String name) {
    }

    static ActivityView of(Activity activity, AdminPath place) {
        ActivityDetails d = activity.details();
        LocalityView locality = new LocalityView(d.locality().province(), d.locality().district(),
                d.locality().commune(), place == null ? null : place.displayName());
        return new ActivityView(activity.id(), activity.version(), d.agency(), d.partnerAgencies(), d.level(), locality,
                d.kind(), d.channel(), d.topics(), d.title(), d.startDate(), d.endDate(), d.participants(), d.women(),
                d.ethnicMinority(), d.reach(), d.copies(), activity.status(), d.materials(), activity.recordedBy(),
                activity.recordedAt(), activity.updatedAt());
    }
}
