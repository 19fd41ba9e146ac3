package vn.antq.awards.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Reviews in MongoDB, one document each, holding the review, the request that recorded
 * it and its events (the outbox and the audit trail). Every change is one single-document write.
 */
@Component
public class ReviewStore {

    public static final String COLLECTION = "reviews";

    private final AggregateCollection reviews;

    public ReviewStore(MongoTemplate mongo) {
        this.reviews = new AggregateCollection(mongo, COLLECTION, List.of("recordedBy", "recordedAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agencies", Sort.Direction.ASC).on("heldOn", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.province", Sort.Direction.ASC).on("heldOn", Sort.Direction.DESC));
    }

    static final Recorder.Mapping<Review> MAPPING = new Recorder.Mapping<>(Review::id, Review::version,
            ReviewStore::toDocument, ReviewStore::fromDocument);

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Review> recorder(OutboxRelay relay) {
        return new Recorder<>(reviews, MAPPING, relay, "review");
    }

    /** One page of reviews matching the filter, most recently held first. */
    public List<Review> list(ReviewFilter filter, int page, int size) {
        return reviews.page(criteria(filter), Sort.Order.desc("heldOn"), page, size).stream()
                .map(ReviewStore::fromDocument).toList();
    }

    public long count(ReviewFilter filter) {
        return reviews.count(criteria(filter));
    }

    private static Criteria criteria(ReviewFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.agency() != null) {
            parts.add(where("agencies").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.kind() != null) {
            parts.add(where("kind").is(filter.kind().name()));
        }
        if (filter.heldFrom() != null) {
            parts.add(where("heldOn").gte(filter.heldFrom().toString()));
        }
        if (filter.heldTo() != null) {
            parts.add(where("heldOn").lte(filter.heldTo().toString()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Review review) {
        ReviewDetails d = review.details();
        return new Document("_id", review.id())
                .append("version", review.version())
                .append("kind", d.kind().name())
                .append("organiser", d.organiser())
                .append("agencies", d.agencies())
                .append("level", d.level().name())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("heldOn", d.heldOn().toString())
                .append("periodFrom", d.periodFrom().toString())
                .append("periodTo", d.periodTo().toString())
                .append("title", d.title())
                .append("recordedBy", review.recordedBy())
                .append("recordedAt", Date.from(review.recordedAt()))
                .append("updatedAt", Date.from(review.updatedAt()));
    }

    static Review fromDocument(Document doc) {
        ReviewDetails details = new ReviewDetails(
                ReviewKind.valueOf(doc.getString("kind")),
                doc.getString("organiser"),
                doc.getList("agencies", String.class),
                Level.valueOf(doc.getString("level")),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                LocalDate.parse(doc.getString("heldOn")),
                LocalDate.parse(doc.getString("periodFrom")),
                LocalDate.parse(doc.getString("periodTo")),
                doc.getString("title"));
        return new Review(doc.getString("_id"), ((Number) doc.get("version")).longValue(), details,
                doc.getString("recordedBy"), StoreDocuments.instant(doc, "recordedAt"),
                StoreDocuments.instant(doc, "updatedAt"));
    }
}
