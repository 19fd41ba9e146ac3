package vn.antq.identity.audit;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The audit log, append-only in its own collection; also the record that sign-in lockout counts. */
@Component
public class AuditLog {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    public AuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("subject", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.DESC));
    }

    public void record(AuditEntry entry) {
        Document document = new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(entry.at()))
                .append("action", entry.action().name())
                .append("actor", entry.actor())
                .append("subject", entry.subject())
                .append("address", entry.address())
                .append("details", new Document(new LinkedHashMap<>(entry.details())));
        mongo.insert(document, COLLECTION);
    }

    /** The newest entries first, optionally about one account only. */
    public List<AuditEntry> latest(String subject, int limit) {
        Query query = subject == null ? new Query() : Query.query(Criteria.where("subject").is(subject));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), Document.class, COLLECTION)
                .stream().map(AuditLog::fromDocument).toList();
    }

    /** The sign-in outcomes of one account since a moment (a wrong second-factor code is a failure), newest first. */
    public List<AuditEntry> signInsSince(String username, Instant since) {
        Query query = Query.query(Criteria.where("subject").is(username).and("at").gte(Date.from(since))
                .and("action").in(AuditAction.SIGN_IN_FAILED.name(), AuditAction.SECOND_FACTOR_FAILED.name(),
                        AuditAction.SIGN_IN_SUCCEEDED.name()));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")), Document.class, COLLECTION).stream()
                .map(AuditLog::fromDocument).toList();
    }

    private static AuditEntry fromDocument(Document document) {
        Map<String, String> details = new LinkedHashMap<>();
        Document stored = document.get("details", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> details.put(key, String.valueOf(value)));
        }
        return new AuditEntry(document.getDate("at").toInstant(), AuditAction.valueOf(document.getString("action")),
                document.getString("actor"), document.getString("subject"), document.getString("address"), details);
    }
}
