package vn.antq.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownCellsTest {

    private static final CellRef CELL = new CellRef(ProjectionCollections.PARTICIPATION, "POLICE|23401|2024-01|DIRECT|QUIZ");

    @Test
    void aCellIsKnownPerGeneration() {
        KnownCells known = new KnownCells(10);
        known.add(1, CELL);
        assertThat(known.contains(1, CELL)).isTrue();
        assertThat(known.contains(2, CELL)).isFalse();
        assertThat(known.contains(1, new CellRef(ProjectionCollections.COORDINATION, CELL.key()))).isFalse();
    }

    @Test
    void theOldestAreForgottenBeyondTheCapacity() {
        KnownCells known = new KnownCells(2);
        for (int i = 0; i < 3; i++) {
            known.add(i, CELL);
        }
        assertThat(known.contains(0, CELL)).isFalse();
        assertThat(known.contains(1, CELL)).isTrue();
        assertThat(known.contains(2, CELL)).isTrue();
    }
}
