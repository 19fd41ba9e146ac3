package vn.antq.bench.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.gazetteer.Gazetteer;

/** The generated activities must be what the platform accepts: analytics dead-letters anything else. */
class ActivitiesTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private static final EventJson JSON = new EventJson();

    @Test
    void eventsAreValidAgainstTheContractSchema() {
        Activities activities = new Activities(Activities.KON_TUM, 7);
        for (int i = 0; i < 500; i++) {
            ActivityEvent event = activities.next().event("test-" + i);
            byte[] body = JSON.writeBytes(event);
            assertThat(SCHEMAS.validate(EventContract.ACTIVITY_RECORDED.type(), body)).isEmpty();
            assertThat(JSON.read(body, ActivityEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void placesAreKonTumCommunesInForceOnTheStartDate() {
        Activities activities = new Activities(Activities.KON_TUM, 7);
        Gazetteer gazetteer = Gazetteer.official();
        for (int i = 0; i < 500; i++) {
            Activities.Activity activity = activities.next();
            assertThat(gazetteer.check(activity.province(), activity.district(), activity.commune(),
                    activity.startDate()).isValid()).as(activity.toString()).isTrue();
            assertThat(activity.partnerAgencies()).doesNotContain(activity.agency());
        }
    }

    @Test
    void theSameSeedGivesTheSameActivities() {
        Activities first = new Activities(Activities.KON_TUM, 11);
        Activities second = new Activities(Activities.KON_TUM, 11);
        for (int i = 0; i < 50; i++) {
            assertThat(first.next()).isEqualTo(second.next());
        }
    }

    @Test
    void probesHaveCellsOfTheirOwn() {
        Activities probes = new Activities(Activities.GIA_LAI, 1);
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < Math.min(2_000, probes.probeCapacity()); i++) {
            Activities.Activity probe = probes.probe(i);
            assertThat(cells.add(probe.commune() + "|" + probe.startDate().toString().substring(0, 7))).isTrue();
        }
    }

    @Test
    void aHotCellsActivitiesAreDistinctValidEventsOfThatCellAlone() {
        Activities activities = new Activities(Activities.KON_TUM, 5);
        Activities.Cell cell = activities.hotCell(3);
        Gazetteer gazetteer = Gazetteer.official();
        Set<Activities.Activity> distinct = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Activities.Activity activity = activities.next(cell);
            assertThat(List.of(activity.agency(), activity.commune(), activity.kind(), YearMonth.from(activity.startDate())))
                    .isEqualTo(List.of(cell.agency(), cell.commune().code(), cell.kind(), cell.month()));
            assertThat(activity.partnerAgencies()).as("a partner would add a coordination cell").isEmpty();
            assertThat(gazetteer.check(activity.province(), activity.district(), activity.commune(),
                    activity.startDate()).isValid()).as(activity.toString()).isTrue();
            byte[] body = JSON.writeBytes(activity.event("hot-" + i));
            assertThat(SCHEMAS.validate(EventContract.ACTIVITY_RECORDED.type(), body)).isEmpty();
            distinct.add(activity);
        }
        assertThat(distinct).as("figures drawn per activity").hasSizeGreaterThan(400);
    }

    @Test
    void hotCellsOfDifferentIndexesAreDifferentCells() {
        Activities activities = new Activities(Activities.KON_TUM, 5);
        Set<Activities.Cell> cells = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(cells.add(activities.hotCell(i))).isTrue();
        }
        assertThatThrownBy(() -> activities.hotCell(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImportFileHasTheTemplateHeaderAndOneRowPerActivity() {
        Activities activities = new Activities(Activities.KON_TUM, 3);
        List<Activities.Activity> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(activities.next("WOMEN_UNION"));
        }
        String[] lines = new String(Activities.csv(rows), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(String.join(",", Activities.CSV_COLUMNS));
        assertThat(lines[1]).startsWith("WOMEN_UNION,");
    }
}
