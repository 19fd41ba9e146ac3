package vn.antq.models.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.models.model.IdempotentRequest;

/**
 * Model reports in MongoDB, one document per model and period ({@code _id} = {@code modelId:period}, so
 * the store itself refuses a second report for a period), holding the report, the last POST that wrote
 * it and its events. Every change is one single-document write.
 */
@Component
public class ReportStore {

    public static final String COLLECTION = "model_reports";

    private final MongoTemplate mongo;

    public ReportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("modelId", Sort.Direction.ASC)
                .on("periodStart", Sort.Direction.ASC));
    }

    /** A stored report with the last POST that wrote it with an {@code Idempotency-Key}; null if none did. */
    public record Stored(ModelReport report, IdempotentRequest lastRequest) {
    }

    /** Inserts the first report of a period with its event; false if the period has a report already. */
    public boolean insert(ModelReport report, PendingEvent event, IdempotentRequest request) {
        Document state = toDocument(report).append(IdempotentRequest.FIELD, IdempotentRequest.toDocument(request));
        try {
            mongo.getCollection(COLLECTION).insertOne(OutboxDocuments.newAggregate(state, event));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == 11000) {
                return false;
            }
            throw e;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Stored> find(String id) {
        Query query = Query.query(where("_id").is(id));
        query.fields().exclude(OutboxDocuments.EVENTS);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(d ->
                new Stored(fromDocument(d), IdempotentRequest.of(d.get(IdempotentRequest.FIELD, Document.class))));
    }

    /**
     * Replaces a report at {@code expectedVersion} with its correction and appends its event.
     *
     * @return false if the report is no longer at that version (a concurrent correction)
     */
    public boolean update(ModelReport report, long expectedVersion, PendingEvent event, IdempotentRequest request) {
        Update update = new Update();
        toDocument(report).forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("reportedBy") && !field.equals("reportedAt")) {
                update.set(field, value);
            }
        });
        update.set(IdempotentRequest.FIELD, IdempotentRequest.toDocument(request));
        Query query = Query.query(where("_id").is(report.id()).and("version").is(expectedVersion));
        return mongo.updateFirst(query, OutboxDocuments.append(update, event), COLLECTION).getMatchedCount() == 1;
    }

    /** One page of a model's reports, oldest period first (a quarter before the months that start with it). */
    public List<ModelReport> ofModel(String modelId, int page, int size) {
        Query query = Query.query(where("modelId").is(modelId))
                .with(Sort.by(Sort.Order.asc("periodStart"), Sort.Order.desc("periodEnd")))
                .skip((long) page * size)
                .limit(size);
        query.fields().exclude(OutboxDocuments.EVENTS);
        return mongo.find(query, Document.class, COLLECTION).stream().map(ReportStore::fromDocument).toList();
    }

    public long countOfModel(String modelId) {
        return mongo.count(Query.query(where("modelId").is(modelId)), COLLECTION);
    }

    static Document toDocument(ModelReport report) {
        ReportFigures f = report.figures();
        Locality l = report.locality();
        return new Document("_id", report.id())
                .append("version", report.version())
                .append("modelId", report.modelId())
                .append("period", report.period().code())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("periodStart", report.period().start().toString())
                .append("periodEnd", report.period().end().toString())
                .append("modelType", report.modelType())
                .append("agency", report.agency())
                .append("locality", new Document("province", l.province()).append("district", l.district())
                        .append("commune", l.commune()))
                .append("meetings", f.meetings())
                .append("mediations", f.mediations())
                .append("tipsReported", f.tipsReported())
                .append("offendersSupported", f.offendersSupported())
                .append("incidents", f.incidents())
                .append("membersAtPeriodEnd", f.membersAtPeriodEnd())
                .append("notes", f.notes())
                .append("reportedBy", report.reportedBy())
                .append("reportedAt", Date.from(report.reportedAt()))
                .append("updatedAt", Date.from(report.updatedAt()));
    }

    static ModelReport fromDocument(Document doc) {
        Document locality = doc.get("locality", Document.class);
        ReportFigures figures = new ReportFigures(number(doc, "meetings"), number(doc, "mediations"),
                number(doc, "tipsReported"), number(doc, "offendersSupported"), number(doc, "incidents"),
                number(doc, "membersAtPeriodEnd"), doc.getString("notes"));
        return new ModelReport(doc.getString("_id"), number(doc, "version"), doc.getString("modelId"),
                new ReportPeriod(doc.getString("period")), doc.getString("modelType"), doc.getString("agency"),
                new Locality(locality.getString("province"), locality.getString("district"), locality.getString("commune")),
                figures, doc.getString("reportedBy"), instant(doc, "reportedAt"), instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        return ((Number) doc.get(field)).longValue();
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
