package vn.antq.kit.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the users live them: "today" and "the future" are judged in Vietnam's time zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
