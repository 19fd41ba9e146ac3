package vn.antq.models.modeltype;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.contracts.common.Label;
import vn.antq.kit.store.StoreDocuments;

/**
 * Model types in MongoDB, one document each ({@code _id} = code). On start-up the {@link ModelType#DEFAULTS}
 * that are missing are added; types already there, including their names as ADMIN may have set them,
 * are left alone.
 */
@Component
public class ModelTypeStore {

    public static final String COLLECTION = "model_types";
    static final String SEEDED_BY = "system";

    private final MongoTemplate mongo;

    public ModelTypeStore(MongoTemplate mongo) {
        this.mongo = mongo;
        seed(ModelType.DEFAULTS);
    }

    /** Adds each type unless its code exists; safe to run by several instances at once. */
    void seed(List<ModelType> types) {
        Date now = new Date();
        for (ModelType type : types) {
            mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", type.code()),
                    Updates.combine(
                            Updates.setOnInsert("labelVi", type.labelVi()),
                            Updates.setOnInsert("labelEn", type.labelEn()),
                            Updates.setOnInsert("createdBy", SEEDED_BY),
                            Updates.setOnInsert("createdAt", now)),
                    new UpdateOptions().upsert(true));
        }
    }

    /** All types, by code. */
    public List<ModelType> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION).stream()
                .map(ModelTypeStore::fromDocument).toList();
    }

    public Optional<ModelType> find(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(code)), Document.class, COLLECTION))
                .map(ModelTypeStore::fromDocument);
    }

    public boolean exists(String code) {
        return mongo.exists(Query.query(where("_id").is(code)), COLLECTION);
    }

    /** Adds a type; false if its code exists already. */
    public boolean insert(ModelType type, String createdBy, Instant now) {
        Document document = new Document("_id", type.code())
                .append("labelVi", type.labelVi())
                .append("labelEn", type.labelEn())
                .append("createdBy", createdBy)
                .append("createdAt", Date.from(now));
        return StoreDocuments.insertNew(mongo.getCollection(COLLECTION), document);
    }

    private static ModelType fromDocument(Document doc) {
        return new ModelType(doc.getString("_id"), new Label(doc.getString("labelVi"), doc.getString("labelEn")));
    }
}
