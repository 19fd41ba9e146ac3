package vn.antq.identity.signing;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import vn.antq.identity.IdentityProperties;

/**
 * The RSA keys that sign tokens, kept in MongoDB so that every instance and every restart signs with the same key.
 * The newest key signs; older keys stay published in the JWKS until every token they signed has expired
 * (their successor's start plus the access-token lifetime, and a margin), then they are dropped.
 * <p>
 * Each key names the key it succeeds ({@value #FIRST} for the first), and a unique index on that field lets one
 * succession happen once: when requests on one or several instances find at the same moment that there is no key, or
 * that the newest is due, one of them makes the next key and the others sign with it.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String COLLECTION = "signing_keys";
    /** Clock skew and in-flight requests: how much longer than a token's lifetime an old key stays published. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    /** The field naming the key a key succeeds; unique, so that two requests do not both make the next key. */
    static final String SUCCEEDS = "succeeds";
    /** What the first key succeeds. */
    static final String FIRST = "-";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration rotation;
    private final Duration tokenTtl;

    public SigningKeys(MongoTemplate mongo, Clock clock, IdentityProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.rotation = properties.signingKeyRotation();
        this.tokenTtl = properties.accessTokenTtl();
        // Sparse: keys made before the field existed have none, and each is the newest of its time anyway.
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending(SUCCEEDS),
                new IndexOptions().unique(true).sparse(true));
    }

    /** The key that signs now: the newest, after making one when there is none or it is due for rotation. */
    public RSAKey current() {
        List<RSAKey> keys = published();
        if (keys.isEmpty() || due(keys.get(0))) {
            succeed(keys.isEmpty() ? FIRST : keys.get(0).getKeyID());
            keys = published();
        }
        return keys.get(0);
    }

    /** Every key a valid token may carry, newest first. */
    public List<RSAKey> published() {
        Instant now = clock.instant();
        List<Document> documents = mongo.findAll(Document.class, COLLECTION).stream()
                .sorted(Comparator.comparing((Document document) -> document.getDate("activatedAt")).reversed())
                .toList();
        List<RSAKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            // A key stops being needed once its successor has signed alone for longer than any token lives.
            boolean needed = i == 0 || documents.get(i - 1).getDate("activatedAt").toInstant()
                    .plus(tokenTtl).plus(MARGIN).isAfter(now);
            if (needed) {
                keys.add(fromDocument(document));
            } else {
                mongo.remove(Query.query(Criteria.where("_id").is(document.getString("_id"))), COLLECTION);
                log.info("Signing key {} retired: no token it signed is valid any more", document.getString("_id"));
            }
        }
        return keys;
    }

    /**
     * Makes a new key that signs from now on; the previous ones stay published until their tokens expire. If another
     * request has just made the newest key's successor, that one signs from now on instead.
     */
    public RSAKey rotate() {
        List<RSAKey> keys = published();
        succeed(keys.isEmpty() ? FIRST : keys.get(0).getKeyID());
        return published().get(0);
    }

    /** Makes the successor of key {@code previous}, unless someone else has made it already. */
    private void succeed(String previous) {
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", kid)
                    .append("algorithm", JWSAlgorithm.RS256.getName())
                    .append("publicKey", new Binary(pair.getPublic().getEncoded()))
                    .append("privateKey", new Binary(pair.getPrivate().getEncoded()))
                    .append("activatedAt", Date.from(now))
                    .append(SUCCEEDS, previous));
            log.info("Signing key {} takes over", kid);
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
            log.debug("Another request made the successor of signing key {} first", previous);
        }
    }

    private boolean due(RSAKey key) {
        Date issued = key.getIssueTime();
        return issued != null && issued.toInstant().plus(rotation).isBefore(clock.instant());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static RSAKey fromDocument(Document document) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(document.get("publicKey", Binary.class).getData()));
            RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(document.get("privateKey", Binary.class).getData()));
            return new RSAKey.Builder(toJwk(document.getString("_id"), publicKey, privateKey))
                    .issueTime(document.getDate("activatedAt")).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException corrupt) {
            throw new IllegalStateException("Signing key " + document.getString("_id") + " cannot be read", corrupt);
        }
    }

    private static RSAKey toJwk(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).build();
    }
}
