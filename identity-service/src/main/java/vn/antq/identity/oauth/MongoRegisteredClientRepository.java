package vn.antq.identity.oauth;

import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * The clients (the portal, and the machine clients of each agency) in MongoDB. A machine client's agency is also a
 * field of its document, so that administrators can list their agency's clients.
 */
@Component
public class MongoRegisteredClientRepository implements RegisteredClientRepository {

    static final String COLLECTION = "clients";
    /** The client setting that binds a machine client to its agency. */
    public static final String AGENCY_SETTING = "antq.agency";

    private final MongoTemplate mongo;

    public MongoRegisteredClientRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("clientId", Sort.Direction.ASC).unique());
    }

    @Override
    public void save(RegisteredClient client) {
        mongo.save(new Document("_id", client.getId())
                .append("clientId", client.getClientId())
                .append("agency", client.getClientSettings().getSetting(AGENCY_SETTING))
                .append("client", JavaSerialization.write(client)), COLLECTION);
    }

    @Override
    public RegisteredClient findById(String id) {
        return read(mongo.findById(id, Document.class, COLLECTION));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return read(mongo.findOne(Query.query(Criteria.where("clientId").is(clientId)), Document.class, COLLECTION));
    }

    /** The machine clients bound to an agency. */
    public List<RegisteredClient> ofAgency(String agency) {
        return mongo.find(Query.query(Criteria.where("agency").is(agency)).with(Sort.by("clientId")), Document.class,
                COLLECTION).stream().map(MongoRegisteredClientRepository::read).toList();
    }

    public boolean removeByClientId(String clientId) {
        return mongo.remove(Query.query(Criteria.where("clientId").is(clientId)), COLLECTION).getDeletedCount() > 0;
    }

    private static RegisteredClient read(Document document) {
        return document == null ? null : JavaSerialization.read(document.get("client", Binary.class), RegisteredClient.class);
    }
}
