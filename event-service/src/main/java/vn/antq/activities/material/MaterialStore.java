package vn.antq.activities.material;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.store.StoreDocuments;

/**
 * Materials in MongoDB, one document each, holding the material (with its current file's id, name, type, size and
 * SHA-256; the bytes are in GridFS, see {@link MaterialFiles}), the request that created it and its events (the outbox,
 * read by the relay, and the audit trail). Every change is one single-document write.
 */
@Component
public class MaterialStore {

    public static final String COLLECTION = "materials";

    static final Recorder.Mapping<Material> MAPPING = new Recorder.Mapping<>(Material::id, Material::version,
            MaterialStore::toDocument, MaterialStore::fromDocument);

    private final MongoTemplate mongo;
    private final AggregateCollection materials;

    public MaterialStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.materials = new AggregateCollection(mongo, COLLECTION,
                List.of("recordedBy", "recordedAt", IdempotentRequest.CREATION));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("issuedOn", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agency", Sort.Direction.ASC)
                .on("issuedOn", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.district", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("locality.commune", Sort.Direction.ASC));
    }

    /** The kit's recording workflow over this collection: create with replay, If-Match, versioned replace. */
    public Recorder<Material> recorder(OutboxRelay relay) {
        return new Recorder<>(materials, MAPPING, relay, "material");
    }

    /** One page of materials matching the filter, newest (by day of issue) first. */
    public List<Material> list(MaterialFilter filter, int page, int size) {
        return materials.page(criteria(filter), Sort.Order.desc("issuedOn"), page, size).stream()
                .map(MaterialStore::fromDocument).toList();
    }

    public long count(MaterialFilter filter) {
        return materials.count(criteria(filter));
    }

    /** Which of {@code ids} are materials of the library (current or withdrawn). */
    public Set<String> existingIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            Query query = Query.query(where("_id").in(List.copyOf(ids)));
            query.fields().include("_id");
            mongo.find(query, Document.class, COLLECTION).forEach(document -> found.add(document.getString("_id")));
        }
        return found;
    }

    private static Criteria criteria(MaterialFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.kind() != null) {
            parts.add(where("kind").is(filter.kind().name()));
        }
        if (filter.language() != null) {
            parts.add(where("languages").is(filter.language().name()));
        }
        if (filter.agency() != null) {
            parts.add(where("agency").is(filter.agency()));
        }
        if (filter.localityCode() != null) {
            parts.add(where(StoreDocuments.localityField(filter.localityCode())).is(filter.localityCode()));
        }
        if (filter.current() != null) {
            parts.add(where("withdrawn").is(!filter.current()));
        }
        return AggregateCollection.allOf(parts);
    }

    static Document toDocument(Material material) {
        MaterialDetails d = material.details();
        MaterialEvent.MaterialFile file = material.file();
        return new Document("_id", material.id())
                .append("version", material.version())
                .append("agency", d.agency())
                .append("locality", StoreDocuments.toDocument(d.locality()))
                .append("title", d.title())
                .append("kind", d.kind().name())
                .append("topics", d.topics())
                .append("languages", d.languages().stream().map(MaterialLanguage::name).toList())
                .append("edition", d.edition())
                // ISO dates as strings: they sort and compare as dates, with no time zone to get wrong.
                .append("issuedOn", d.issuedOn().toString())
                .append("link", d.link())
                .append("file", file == null ? null : new Document("fileId", file.fileId())
                        .append("fileName", file.fileName())
                        .append("mediaType", file.mediaType())
                        .append("size", file.size())
                        .append("sha256", file.sha256()))
                .append("withdrawn", material.withdrawn())
                .append("withdrawnAt", material.withdrawnAt() == null ? null : Date.from(material.withdrawnAt()))
                .append("recordedBy", material.recordedBy())
                .append("recordedAt", Date.from(material.recordedAt()))
                .append("updatedAt", Date.from(material.updatedAt()));
    }

    static Material fromDocument(Document doc) {
        MaterialDetails details = new MaterialDetails(
                doc.getString("agency"),
                StoreDocuments.locality(doc.get("locality", Document.class)),
                doc.getString("title"),
                MaterialKind.valueOf(doc.getString("kind")),
                doc.getList("topics", String.class),
                doc.getList("languages", String.class).stream().map(MaterialLanguage::valueOf).toList(),
                doc.getString("edition"),
                LocalDate.parse(doc.getString("issuedOn")),
                doc.getString("link"));
        Document file = doc.get("file", Document.class);
        return new Material(doc.getString("_id"), number(doc, "version"), details,
                file == null ? null : new MaterialEvent.MaterialFile(file.getString("fileId"),
                        file.getString("fileName"), file.getString("mediaType"), number(file, "size"),
                        file.getString("sha256")),
                StoreDocuments.instant(doc, "withdrawnAt"), doc.getString("recordedBy"),
                StoreDocuments.instant(doc, "recordedAt"), StoreDocuments.instant(doc, "updatedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
