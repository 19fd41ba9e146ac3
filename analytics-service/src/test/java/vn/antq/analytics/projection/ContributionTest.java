package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContributionTest {

    private static Change activity(String id, String commune, long participants) {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("agency", "POLICE");
        dimensions.put("commune", commune);
        CellRef cell = new CellRef("participation", "POLICE|" + commune + "|2024-06");
        return new Change("activity:" + id, 1, List.of(Contribution.of(new CellRef(cell.collection(), cell.key()),
                dimensions, Map.of("activities", 1L, "participants", participants))), Instant.parse("2024-06-01T00:00:00Z"));
    }

    @Test
    void sharedChangesEqualTheirOriginalsAndHoldWhatIsAlikeOnce() {
        Contribution.Sharing sharing = new Contribution.Sharing();
        Change first = activity("a", "00001", 30);
        Change second = activity("b", "00001", 30);
        Change elsewhere = activity("c", "00004", 12);

        Change sharedFirst = sharing.share(first);
        Change sharedSecond = sharing.share(second);
        Change sharedElsewhere = sharing.share(elsewhere);

        assertThat(sharedFirst).isEqualTo(first);
        assertThat(sharedSecond).isEqualTo(second);
        assertThat(sharedElsewhere).isEqualTo(elsewhere);
        Contribution a = sharedFirst.contributions().get(0);
        Contribution b = sharedSecond.contributions().get(0);
        Contribution c = sharedElsewhere.contributions().get(0);
        assertThat(b.cell()).isSameAs(a.cell());
        assertThat(b.dimensions()).isSameAs(a.dimensions());
        assertThat(b.totals()).isSameAs(a.totals());
        assertThat(c.cell()).isNotSameAs(a.cell());
        assertThat(c.dimensions()).isNotEqualTo(a.dimensions());
        // The dimensions keep their order: it is the order of the fields written.
        assertThat(b.dimensions().keySet()).containsExactly("agency", "commune");
    }

    @Test
    void aContributionsMapsAreCopiedOnceAndReadOnly() {
        Map<String, Object> dimensions = new HashMap<>(Map.of("agency", "POLICE"));
        Contribution contribution = Contribution.of(new CellRef("participation", "k"), dimensions, Map.of("activities", 1L));
        dimensions.put("agency", "FARMERS");

        assertThat(contribution.dimensions()).containsExactly(Map.entry("agency", "POLICE"));
        assertThatThrownBy(() -> contribution.dimensions().put("agency", "FARMERS"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contribution.totals().put("activities", 2L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contribution.totals().entrySet().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
