package vn.antq.identity.oauth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * Authorizations (codes, access, refresh and ID tokens granted to a client for a person) in MongoDB, so that any
 * instance can redeem a code or a refresh token another one issued. Each is looked up by the value of one of its
 * tokens; MongoDB drops it once every token in it has expired.
 */
@Component
public class MongoAuthorizationService implements OAuth2AuthorizationService {

    static final String COLLECTION = "authorizations";
    private static final Map<String, String> FIELD_BY_TOKEN_TYPE = Map.of(
            OAuth2ParameterNames.STATE, "state",
            OAuth2ParameterNames.CODE, "authorizationCode",
            OAuth2TokenType.ACCESS_TOKEN.getValue(), "accessToken",
            OAuth2TokenType.REFRESH_TOKEN.getValue(), "refreshToken",
            OidcParameterNames.ID_TOKEN, "idToken");

    private final MongoTemplate mongo;

    public MongoAuthorizationService(MongoTemplate mongo) {
        this.mongo = mongo;
        for (String field : FIELD_BY_TOKEN_TYPE.values()) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on(field, Sort.Direction.ASC).sparse());
        }
        mongo.indexOps(COLLECTION).createIndex(new Index().on("principalName", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS));
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("state", authorization.getAttribute(OAuth2ParameterNames.STATE))
                .append("authorizationCode", tokenValue(authorization, OAuth2AuthorizationCode.class))
                .append("accessToken", tokenValue(authorization, OAuth2AccessToken.class))
                .append("refreshToken", tokenValue(authorization, OAuth2RefreshToken.class))
                .append("idToken", tokenValue(authorization, OidcIdToken.class))
                .append("expiresAt", expiresAt(authorization))
                .append("authorization", JavaSerialization.write(authorization));
        mongo.save(document, COLLECTION);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), COLLECTION);
    }

    /** Ends every grant a person holds: their refresh tokens stop working and their access tokens stop introspecting. */
    public long removeAllOf(String principalName) {
        return mongo.remove(Query.query(Criteria.where("principalName").is(principalName)), COLLECTION)
                .getDeletedCount();
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return read(mongo.findById(id, Document.class, COLLECTION));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Objects.requireNonNull(token, "token");
        Criteria criteria;
        if (tokenType == null) {
            criteria = new Criteria().orOperator(FIELD_BY_TOKEN_TYPE.values().stream()
                    .map(field -> Criteria.where(field).is(token)).toArray(Criteria[]::new));
        } else {
            String field = FIELD_BY_TOKEN_TYPE.get(tokenType.getValue());
            if (field == null) {
                return null;
            }
            criteria = Criteria.where(field).is(token);
        }
        return read(mongo.findOne(Query.query(criteria), Document.class, COLLECTION));
    }

    private static OAuth2Authorization read(Document document) {
        return document == null ? null
                : JavaSerialization.read(document.get("authorization", Binary.class), OAuth2Authorization.class);
    }

    private static String tokenValue(OAuth2Authorization authorization, Class<? extends OAuth2Token> type) {
        OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
        return token == null ? null : token.getToken().getTokenValue();
    }

    /** The latest expiry of its tokens; an authorization still in the code flow (no token yet) keeps an hour. */
    private static Date expiresAt(OAuth2Authorization authorization) {
        List<Instant> expiries = new ArrayList<>();
        for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OAuth2RefreshToken.class, OidcIdToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null && token.getToken().getExpiresAt() != null) {
                expiries.add(token.getToken().getExpiresAt());
            }
        }
        return Date.from(expiries.stream().max(Instant::compareTo).orElse(Instant.now().plusSeconds(3600)));
    }
}
