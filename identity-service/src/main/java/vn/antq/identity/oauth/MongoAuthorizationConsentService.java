package vn.antq.identity.oauth;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.stereotype.Component;

/** The scopes a person agreed to give a client, in MongoDB (the portal itself asks for no consent). */
@Component
class MongoAuthorizationConsentService implements OAuth2AuthorizationConsentService {

    static final String COLLECTION = "consents";

    private final MongoTemplate mongo;

    MongoAuthorizationConsentService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        mongo.save(new Document("_id", id(consent.getRegisteredClientId(), consent.getPrincipalName()))
                .append("consent", JavaSerialization.write(consent)), COLLECTION);
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        mongo.remove(Query.query(Criteria.where("_id").is(id(consent.getRegisteredClientId(),
                consent.getPrincipalName()))), COLLECTION);
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        Document document = mongo.findById(id(registeredClientId, principalName), Document.class, COLLECTION);
        return document == null ? null
                : JavaSerialization.read(document.get("consent", Binary.class), OAuth2AuthorizationConsent.class);
    }

    private static String id(String registeredClientId, String principalName) {
        return registeredClientId + "|" + principalName;
    }
}
