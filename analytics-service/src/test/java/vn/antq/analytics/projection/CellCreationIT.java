package vn.antq.analytics.projection;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.ingest.EventProjections;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;

/**
 * New cells are created by inserting their whole document instead of an upsert: the document must be the one the
 * upsert would have created, and a cell that exists after all (another writer created it) must still get the
 * totals and the writer's offset, through the update the failed insert falls back to.
 */
@AnalyticsIntegrationTest
class CellCreationIT {

    @Autowired
    ProjectionStore store;

    @Autowired
    EventProjections projections;

    @Autowired
    Generations generations;

    @Autowired
    MongoDatabase database;

    private final int inserted = 200_000 + new Random().nextInt(100_000);
    private final int upserted = inserted + 100_000;

    @AfterEach
    void dropGenerations() {
        generations.drop(inserted);
        generations.drop(upserted);
    }

    @Test
    void aCellCreatedByAnInsertIsTheDocumentAnUpsertCreates() {
        List<CellOp> ops = ops("created", 1, List.of("POLICE", "FARMERS"));
        store.writeCells(inserted, ops);
        for (CellOp op : ops) {
            cells(upserted, op).bulkWrite(List.of(ProjectionStore.toModel(op)));
        }

        for (CellOp op : ops) {
            Document byInsert = cells(inserted, op).find(eq("_id", op.cell().key())).first();
            Document byUpsert = cells(upserted, op).find(eq("_id", op.cell().key())).first();
            assertThat(byInsert).isNotNull().isEqualTo(byUpsert);
        }
    }

    @Test
    void aCellThatExistsAfterAllGetsTheTotalsThroughTheUpdate() {
        CellOp other = ops("other", 1, List.of()).get(0);
        cells(inserted, other).bulkWrite(List.of(ProjectionStore.toModel(other)));
        CellOp op = ops("late", 2, List.of()).get(0);
        assertThat(op.cell()).isEqualTo(other.cell());

        store.writeCells(inserted, List.of(op));

        Document cell = cells(inserted, op).find(eq("_id", op.cell().key())).first();
        assertThat(cell.get(Items.ITEMS)).as("no item per activity").isNull();
        assertThat(((Number) cell.get(Items.TOTALS, Document.class).get("participants")).longValue())
                .isEqualTo(other.increments().get("participants") + op.increments().get("participants"));
        assertThat(cell.get(Items.WRITERS, Document.class)).containsExactly(Map.entry("cell-creation-test", 2L));
        assertThat(((Number) cell.get(RollupWriter.WRITES)).longValue()).isEqualTo(2);
    }

    /** The cell writes of a new activity in Đắk Tô, January 2024 (so every call meets the same participation cell). */
    private List<CellOp> ops(String id, long participants, List<String> partners) {
        Change change = projections.changeOf(EventContract.ACTIVITY_RECORDED, TestEvents.activity(id, 1, "WOMEN_UNION",
                partners, TestEvents.DAK_TO, ActivityKind.VILLAGE_MEETING, LocalDate.of(2024, 1, 10),
                100 * participants, 40, 20, 0, 0, ActivityStatus.RECORDED));
        ApplyPlan plan = ApplyPlanner.plan(List.of(change), Map.of(), entry -> true,
                c -> new Position("cell-creation-test", participants), Map.of());
        return new ArrayList<>(plan.ops());
    }

    private MongoCollection<Document> cells(int generation, CellOp op) {
        return database.getCollection(Generations.collection(generation, op.cell().collection()));
    }
}
