package vn.antq.kit.store;

import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import vn.antq.contracts.common.Locality;

/** What every store writes the same way: localities, instants, inserts that may be retries. */
public final class StoreDocuments {

    private StoreDocuments() {
    }

    /** Inserts {@code document}; false when its {@code _id} exists already (an earlier try of the same write). */
    public static boolean insertNew(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public static Document toDocument(Locality locality) {
        return new Document("province", locality.province())
                .append("district", locality.district())
                .append("commune", locality.commune());
    }

    public static Locality locality(Document document) {
        return new Locality(document.getString("province"), document.getString("district"),
                document.getString("commune"));
    }

    /** The field a locality code is matched on: a province, district or commune code by its length. */
    public static String localityField(String code) {
        return switch (code.length()) {
            case 2 -> "locality.province";
            case 3 -> "locality.district";
            default -> "locality.commune";
        };
    }

    public static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
