package vn.antq.models.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.kit.outbox.OutboxDocuments;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Model reports in MongoDB, one document per model and period ({@code _id} = {@code modelId:period}, so
 * the store itself refuses a second report for a period), holding the report, the last POST that wrote
 * it and its events. Every change is one single-document write.
 */
@Component
public class ReportStore {

    public static final String COLLECTION = "model_reports";

    static final Recorder.Mapping<ModelReport> MAPPING = new Recorder.Mapping<>(ModelReport::id, ModelReport::version,
            ReportStore::toDocument, ReportStore::fromDocument);

    private final MongoTemplate mongo;
    private final AggregateCollection reports;

    public ReportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.reports = new AggregateCollection(mongo, COLLECTION, List.of("reportedBy", "reportedAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("modelId", Sort.Direction.ASC)
                .on("periodStart", Sort.Direction.ASC));
    }

    /** The kit's workflow on this collection: a retry is judged by the last POST that wrote the report. */
    public Recorder<ModelReport> recorder(OutboxRelay relay) {
        return new Recorder<>(reports, MAPPING, relay, "report").judgingRetriesByLastRequest();
    }

    /**
     * One page of a model's reports, oldest period first (a quarter before the months that start with it).
     * (Ordered by period start then end, not by id, which {@link AggregateCollection#page} would add, so the
     * query is written here.)
     */
    public List<ModelReport> ofModel(String modelId, int page, int size) {
        Query query = Query.query(where("modelId").is(modelId))
                .with(Sort.by(Sort.Order.asc("periodStart"), Sort.Order.desc("periodEnd")))
                .skip((long) page * size)
                .limit(size);
        query.fields().exclude(OutboxDocuments.EVENTS);
        return mongo.find(query, Document.class, COLLECTION).stream().map(ReportStore::fromDocument).toList();
    }

    public long countOfModel(String modelId) {
        return reports.count(where("modelId").is(modelId));
    }

    static Document toDocument(ModelReport report) {
        ReportFigures f = report.figures();
        return new Document("_id", report.id())
                .append("version", report.version())
                .append("modelId", report.modelId())
                .append("period", report.period().code())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("periodStart", report.period().start().toString())
                .append("periodEnd", report.period().end().toString())
                .append("modelType", report.modelType())
                .append("agency", report.agency())
                .append("locality", StoreDocuments.toDocument(report.locality()))
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
        ReportFigures figures = new ReportFigures(number(doc, "meetings"), number(doc, "mediations"),
                number(doc, "tipsReported"), number(doc, "offendersSupported"), number(doc, "incidents"),
                number(doc, "membersAtPeriodEnd"), doc.getString("notes"));
        return new ModelReport(doc.getString("_id"), number(doc, "version"), doc.getString("modelId"),
                new ReportPeriod(doc.getString("period")), doc.getString("modelType"), doc.getString("agency"),
                StoreDocuments.locality(doc.get("locality", Document.class)), figures, doc.getString("reportedBy"),
                StoreDocuments.instant(doc, "reportedAt"), StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        return ((Number) doc.get(field)).longValue();
    }
}
