package vn.antq.activities.outcome;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Outcome figures in MongoDB, one document per commune and month ({@code _id} = {@code commune:month}, so the store
 * itself refuses a second record of a month), holding the figures, the last request that wrote them and their events.
 * Every change is one single-document write.
 */
@Component
public class OutcomeStore {

    public static final String COLLECTION = "outcomes";

    static final Recorder.Mapping<Outcome> MAPPING = new Recorder.Mapping<>(Outcome::id, Outcome::version,
            OutcomeStore::toDocument, OutcomeStore::fromDocument);

    private final AggregateCollection outcomes;

    public OutcomeStore(MongoTemplate mongo) {
        this.outcomes = new AggregateCollection(mongo, COLLECTION, List.of("recordedBy", "recordedAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC)
                .on("month", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
    }

    /** The kit's workflow on this collection: a retry is judged by the last request that wrote the record. */
    public Recorder<Outcome> recorder(OutboxRelay relay) {
        return new Recorder<>(outcomes, MAPPING, relay, "outcome").judgingRetriesByLastRequest();
    }

    /** One page of the records inside a locality (null: all) and months, newest month first. */
    public List<Outcome> list(String locality, YearMonth from, YearMonth to, int page, int size) {
        return outcomes.page(criteria(locality, from, to), Sort.Order.desc("month"), page, size).stream()
                .map(OutcomeStore::fromDocument).toList();
    }

    public long count(String locality, YearMonth from, YearMonth to) {
        return outcomes.count(criteria(locality, from, to));
    }

    private static Criteria criteria(String locality, YearMonth from, YearMonth to) {
        List<Criteria> parts = new ArrayList<>();
        if (locality != null) {
            parts.add(where(StoreDocuments.localityField(locality)).is(locality));
        }
        if (from != null) {
            parts.add(where("month").gte(from.toString()));
        }
        if (to != null) {
            parts.add(where("month").lte(to.toString()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Outcome outcome) {
        OutcomeFigures f = outcome.figures();
        return new Document("_id", outcome.id())
                .append("version", outcome.version())
                .append("locality", StoreDocuments.toDocument(outcome.locality()))
                .append("month", outcome.month().toString())
                .append("drugCrimes", f.drugCrimes())
                .append("propertyCrimes", f.propertyCrimes())
                .append("violentCrimes", f.violentCrimes())
                .append("otherCrimes", f.otherCrimes())
                .append("socialEvils", f.socialEvils())
                .append("crimeReports", f.crimeReports())
                .append("offendersReintegrated", f.offendersReintegrated())
                .append("disputesMediated", f.disputesMediated())
                .append("securityIncidents", f.securityIncidents())
                .append("recordedBy", outcome.recordedBy())
                .append("recordedAt", Date.from(outcome.recordedAt()))
                .append("updatedAt", Date.from(outcome.updatedAt()));
    }

    static Outcome fromDocument(Document doc) {
        OutcomeFigures figures = new OutcomeFigures(number(doc, "drugCrimes"), number(doc, "propertyCrimes"),
                number(doc, "violentCrimes"), number(doc, "otherCrimes"), number(doc, "socialEvils"),
                number(doc, "crimeReports"), number(doc, "offendersReintegrated"), number(doc, "disputesMediated"),
                number(doc, "securityIncidents"));
        return new Outcome(doc.getString("_id"), number(doc, "version"),
                StoreDocuments.locality(doc.get("locality", Document.class)), YearMonth.parse(doc.getString("month")),
                figures, doc.getString("recordedBy"), StoreDocuments.instant(doc, "recordedAt"),
                StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
