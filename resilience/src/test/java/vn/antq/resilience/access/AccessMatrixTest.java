package vn.antq.resilience.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AccessMatrixTest {

    private final List<AccessMatrix.Cell> cells = AccessMatrix.load();

    @Test
    void everyEndpointHasEveryRoleAgencyAndScopeExactlyOnce() {
        Map<String, Long> perEndpoint = cells.stream().collect(Collectors.groupingBy(c -> c.service() + " " + c.endpoint(),
                Collectors.counting()));
        assertThat(perEndpoint).isNotEmpty().allSatisfy((endpoint, count) -> assertThat(count).as(endpoint).isEqualTo(60));
        assertThat(cells.stream().map(c -> c.service() + c.endpoint() + c.role() + c.ownAgency() + c.scope()).distinct())
                .hasSameSizeAs(cells);
    }

    @Test
    void nobodyWithoutATokenIsAllowedAnything() {
        assertThat(cells).filteredOn(c -> c.role().equals("ANONYMOUS")).noneMatch(AccessMatrix.Cell::allowed);
    }

    @Test
    void noOneWritesOutsideTheirLocalityOrForAnotherAgency() {
        assertThat(cells).filteredOn(c -> c.endpoint().startsWith("POST") || c.endpoint().startsWith("PUT")
                        || c.endpoint().startsWith("DELETE"))
                .filteredOn(c -> !c.endpoint().contains("model-types") && !c.endpoint().contains("rebuild"))
                .filteredOn(c -> !c.endpoint().contains("/outcomes"))
                .filteredOn(c -> !c.ownAgency() || c.scope().startsWith("other"))
                .noneMatch(AccessMatrix.Cell::allowed);
    }

    /** Outcome figures are the police's records (the matrix's other agency): only its recorders write them, inside. */
    @Test
    void onlyARecorderOfThePoliceWritesOutcomeFiguresAndOnlyInsideItsLocality() {
        assertThat(cells).filteredOn(c -> c.endpoint().contains("/api/v1/outcomes") && !c.endpoint().startsWith("GET"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.allowed()).as(c.describe())
                        .isEqualTo(c.role().equals("RECORDER") && !c.ownAgency() && !c.scope().startsWith("other")));
    }

    /** A commune's outcome figures are read by the police and by OPS and ADMIN; another agency's staff, never. */
    @Test
    void noOtherAgencysStaffReadsACommunesOutcomeFigures() {
        assertThat(cells).filteredOn(c -> c.endpoint().contains("outcomes") && c.endpoint().startsWith("GET")
                        && !c.endpoint().equals("GET /api/v1/analytics/outcomes?locality"))
                .filteredOn(c -> c.ownAgency() && !Set.of("OPS", "ADMIN").contains(c.role()))
                .isNotEmpty()
                .noneMatch(AccessMatrix.Cell::allowed);
    }

    /** Trainings are an agency's records like its activities: each training row is the activity row of its endpoint. */
    @Test
    void trainingsFollowTheRulesOfActivitiesRowByRow() {
        Map<String, Boolean> activities = cells.stream().filter(c -> c.endpoint().contains("/api/v1/activities"))
                .collect(Collectors.toMap(c -> key(c).replace("/api/v1/activities", "/api/v1/trainings"),
                        AccessMatrix.Cell::allowed));
        List<AccessMatrix.Cell> trainings = cells.stream().filter(c -> c.endpoint().contains("/api/v1/trainings"))
                .toList();

        assertThat(trainings).hasSize(8 * 60);
        assertThat(trainings).allSatisfy(c -> assertThat(c.allowed()).as(c.describe()).isEqualTo(activities.get(key(c))));
    }

    private static String key(AccessMatrix.Cell cell) {
        return cell.service() + " " + cell.endpoint() + " " + cell.role() + " " + cell.ownAgency() + " " + cell.scope();
    }

    @Test
    void knownGapsNameEndpointsOfTheTable() {
        assertThat(cells.stream().map(c -> c.service() + " " + c.endpoint()).collect(Collectors.toSet()))
                .containsAll(AccessMatrix.knownGaps().keySet());
    }
}
