package vn.antq.kit.testapp.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;

/** Valid activity bodies: a Women's Union village meeting in a Kon Tum commune. */
public final class Activities {

    public static final Locality KON_TUM_COMMUNE = new Locality("62", "608", "23284");

    private Activities() {
    }

    public static ActivityEvent meeting(String id, long version, String actor, long participants) {
        return meeting(id, version, actor, participants, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public static ActivityEvent meeting(String id, long version, String actor, long participants, Instant occurredAt) {
        return new ActivityEvent(id, version, actor, occurredAt, "WOMEN_UNION",
                List.of("POLICE"), Level.COMMUNE, KON_TUM_COMMUNE, ActivityKind.VILLAGE_MEETING, Channel.DIRECT,
                List.of("phòng chống ma túy"), "Họp thôn tuyên truyền phòng chống ma túy", LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 1), participants, participants / 2, participants / 4, 0, 0,
                ActivityStatus.RECORDED);
    }

    public static ActivityEvent meeting(String id, long version) {
        return meeting(id, version, "recorder-1", 100 + version);
    }
}
