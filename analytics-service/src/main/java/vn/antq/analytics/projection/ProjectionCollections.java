package vn.antq.analytics.projection;

import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * The collections of one generation of projections (each prefixed {@code g<n>_}) and their indexes. The indexes
 * serve the answers' {@code $match}; the in-process MongoDB-wire server accepts and ignores them, real MongoDB
 * uses them.
 */
public final class ProjectionCollections {

    /** One entry per aggregate: the last version applied and what it contributed where. */
    public static final String LEDGER = "ledger";
    /** agency x locality x month x channel x kind: activities and the people they reached. */
    public static final String PARTICIPATION = "participation";
    /** agency pair x locality x month: joint activities. */
    public static final String COORDINATION = "coordination";
    /** One document per model: its state, its reports' totals and periods. */
    public static final String MODELS = "models";
    /** model type x locality: the ACTIVE models there. */
    public static final String ACTIVE_MODELS = "active_models";
    /** recipient agency x form x recipient type x year: awards by current status. */
    public static final String AWARDS = "awards";
    /** agency x locality x year: reviews held, each with its dates. */
    public static final String REVIEWS = "reviews";
    /** agency x role x the unit of the account: the enabled accounts (active users). */
    public static final String USERS = "users";
    /** data set x agency x reporting unit x period: where the unit's report of the period stands. */
    public static final String PERIODS = "periods";

    /** commune x month: the police's outcome figures. */
    public static final String OUTCOMES = "outcomes";
    /** agency x unit x month: the staff of the agency and unit trained in digital skills. */
    public static final String TRAININGS = "trainings";
    /** One document per material of the library: its current state. */
    public static final String MATERIALS = "materials";
    /** material x agency x unit: what the unit received of the material, and how often its activities used it. */
    public static final String MATERIAL_UNITS = "material_units";

    public static final Map<String, List<Document>> INDEXES = Map.ofEntries(
            Map.entry(LEDGER, List.of()),
            Map.entry(PARTICIPATION, List.of(new Document("month", 1).append("agency", 1),
                    new Document("province", 1).append("district", 1).append("commune", 1))),
            Map.entry(COORDINATION, List.of(new Document("month", 1), new Document("agencies", 1))),
            Map.entry(MODELS, List.of(new Document("state.agency", 1).append("state.type", 1))),
            Map.entry(ACTIVE_MODELS, List.of(new Document("type", 1).append("commune", 1))),
            Map.entry(AWARDS, List.of(new Document("year", 1).append("agency", 1))),
            Map.entry(REVIEWS, List.of(new Document("agency", 1).append("locality", 1))),
            Map.entry(USERS, List.of(new Document("agency", 1).append("role", 1))),
            Map.entry(PERIODS, List.of(new Document("dataSet", 1).append("agency", 1).append("period", 1))),
            Map.entry(OUTCOMES, List.of(new Document("month", 1),
                    new Document("province", 1).append("district", 1).append("commune", 1))),
            Map.entry(TRAININGS, List.of(new Document("month", 1).append("agency", 1),
                    new Document("province", 1).append("district", 1).append("commune", 1))),
            Map.entry(MATERIALS, List.of()),
            Map.entry(MATERIAL_UNITS, List.of(new Document("province", 1).append("district", 1).append("commune", 1))));

    private ProjectionCollections() {
    }
}
