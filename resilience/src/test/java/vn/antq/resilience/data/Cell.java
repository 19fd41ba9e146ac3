package vn.antq.resilience.data;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.gazetteer.AdminUnit;

/**
 * One participation cell of analytics: what one agency recorded of one kind (so one channel) in one commune and one
 * month. Activities drawn from it have no partner agencies, so each adds to this cell and to no other; revising one
 * keeps it there.
 */
public record Cell(String agency, AdminUnit commune, ActivityKind kind, YearMonth month) {

    public Cell {
        if (kind.channel().isEmpty()) {
            throw new IllegalArgumentException("A cell's kind has a fixed channel, not " + kind);
        }
    }

    public Channel channel() {
        return kind.channel().orElseThrow();
    }

    /** A random activity of this cell: its day in the month and its figures drawn, a title of its own. */
    public Activity activity(Random random) {
        long participants = random.nextInt(400);
        boolean media = channel() != Channel.DIRECT;
        return new Activity(agency, List.of(), commune.provinceCode(), commune.districtCode(), commune.code(), kind,
                "Tuyên truyền " + kind.labelVi().toLowerCase() + " tại " + commune.name() + " "
                        + UUID.randomUUID().toString().substring(0, 8),
                month.atDay(1 + random.nextInt(month.lengthOfMonth())), participants,
                participants == 0 ? 0 : random.nextLong(participants + 1),
                participants == 0 ? 0 : random.nextLong(participants + 1),
                media ? random.nextInt(5000) : 0, kind == ActivityKind.PUBLICATION ? random.nextInt(2000) : 0);
    }
}
