package vn.antq.stack.demo;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Level;

/**
 * One outreach activity of the demo, as a row of the import file. District and commune are null for a
 * province-level activity, the commune for a district-level one.
 *
 * @param cancelled a copy recorded by mistake: imported, then cancelled through the API, so it counts nowhere
 */
public record DemoActivity(
        String agency,
        List<String> partnerAgencies,
        Level level,
        String district,
        String commune,
        ActivityKind kind,
        List<String> topics,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        long participants,
        long women,
        long ethnicMinority,
        long reach,
        long copies,
        boolean cancelled) {

    public DemoActivity {
        partnerAgencies = List.copyOf(partnerAgencies);
        topics = List.copyOf(topics);
    }

    /** The same activity typed in a second time. */
    DemoActivity duplicateToCancel() {
        return new DemoActivity(agency, partnerAgencies, level, district, commune, kind, topics, title, startDate,
                endDate, participants, women, ethnicMinority, reach, copies, true);
    }

    /** Whether it counts in the figures: every activity except the cancelled copies. */
    public boolean counts() {
        return !cancelled;
    }
}
