package vn.antq.resilience.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
                .filteredOn(c -> !c.ownAgency() || c.scope().startsWith("other"))
                .noneMatch(AccessMatrix.Cell::allowed);
    }

    @Test
    void knownGapsNameEndpointsOfTheTable() {
        assertThat(cells.stream().map(c -> c.service() + " " + c.endpoint()).collect(Collectors.toSet()))
                .containsAll(AccessMatrix.knownGaps().keySet());
    }
}
