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

    /**
     * Writes whose record is the token's agency's whatever the matrix's record is: a material issued (the issuer is the
     * caller's agency) and a distribution of any material of the library (the distributor is the caller's agency).
     */
    private static final Set<String> WRITES_AS_THE_TOKENS_AGENCY = Set.of("POST /api/v1/materials",
            "POST /api/v1/materials/{id}/distributions");

    @Test
    void noOneWritesOutsideTheirLocalityOrForAnotherAgency() {
        assertThat(cells).filteredOn(c -> c.endpoint().startsWith("POST") || c.endpoint().startsWith("PUT")
                        || c.endpoint().startsWith("DELETE"))
                .filteredOn(c -> !c.endpoint().contains("model-types") && !c.endpoint().contains("rebuild"))
                .filteredOn(c -> !c.endpoint().contains("/outcomes"))
                .filteredOn(c -> WRITES_AS_THE_TOKENS_AGENCY.contains(c.endpoint()) ? c.scope().startsWith("other")
                        : !c.ownAgency() || c.scope().startsWith("other"))
                .noneMatch(AccessMatrix.Cell::allowed);
    }

    /** Any agency's recorder issues materials and distributes any material of the library, as its own, inside its locality. */
    @Test
    void aRecorderOfAnyAgencyIssuesAndDistributesMaterialsAsItsOwnInsideItsLocality() {
        assertThat(cells).filteredOn(c -> WRITES_AS_THE_TOKENS_AGENCY.contains(c.endpoint()))
                .hasSize(2 * 60)
                .allSatisfy(c -> assertThat(c.allowed()).as(c.describe())
                        .isEqualTo(c.role().equals("RECORDER") && !c.scope().startsWith("other")));
    }

    /** Materials are meant to be spread: everyone signed in reads, downloads and lists them, wherever they work. */
    @Test
    void everyoneSignedInReadsDownloadsAndListsEveryMaterial() {
        assertThat(cells).filteredOn(c -> c.endpoint().startsWith("GET /api/v1/materials"))
                .hasSize(6 * 60)
                .allSatisfy(c -> assertThat(c.allowed()).as(c.describe()).isEqualTo(!c.role().equals("ANONYMOUS")));
    }

    /** Only the issuer changes a material: revised, given a new file or withdrawn as an activity is revised. */
    @Test
    void aMaterialIsChangedByTheRulesOfAnActivity() {
        Map<String, Boolean> revisions = cells.stream()
                .filter(c -> c.endpoint().equals("PUT /api/v1/activities/{id}"))
                .collect(Collectors.toMap(c -> c.role() + " " + c.ownAgency() + " " + c.scope(), AccessMatrix.Cell::allowed));
        List<AccessMatrix.Cell> changes = cells.stream().filter(c -> c.endpoint().matches(
                "(PUT|DELETE) /api/v1/materials/\\{id}(/file)?")).toList();

        assertThat(changes).hasSize(3 * 60);
        assertThat(changes).allSatisfy(c -> assertThat(c.allowed()).as(c.describe())
                .isEqualTo(revisions.get(c.role() + " " + c.ownAgency() + " " + c.scope())));
    }

    /** A distribution is its agency's record like an activity: read, revised, cancelled and listed row by row alike. */
    @Test
    void distributionsFollowTheRulesOfActivitiesRowByRow() {
        Map<String, Boolean> activities = cells.stream().filter(c -> c.endpoint().contains("/api/v1/activities"))
                .collect(Collectors.toMap(c -> key(c).replace("/api/v1/activities", "/api/v1/distributions"),
                        AccessMatrix.Cell::allowed));
        List<AccessMatrix.Cell> distributions = cells.stream()
                .filter(c -> c.endpoint().contains("/api/v1/distributions")).toList();

        assertThat(distributions).hasSize(7 * 60);
        assertThat(distributions).allSatisfy(c -> assertThat(c.allowed()).as(c.describe())
                .isEqualTo(activities.get(key(c))));
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
