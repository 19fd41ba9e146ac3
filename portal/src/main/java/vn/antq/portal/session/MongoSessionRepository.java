package vn.antq.portal.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's store for the portal's sessions in MongoDB, so that several portal instances share them. Spring
 * Session has no MongoDB module for Spring Boot 4 on Maven Central (its 3.x one targets Boot 3), so this is the
 * small part of it the portal needs: one document per session, its attributes (the signed-in person and their
 * grant, which never leave the server) Java-serialised, and MongoDB dropping it when it has expired.
 */
public class MongoSessionRepository implements SessionRepository<MapSession> {

    static final String COLLECTION = "sessions";

    private final MongoTemplate mongo;
    private final Duration timeout;
    private final Clock clock;

    public MongoSessionRepository(MongoTemplate mongo, Duration timeout, Clock clock) {
        this.mongo = mongo;
        this.timeout = timeout;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS));
    }

    @Override
    public MapSession createSession() {
        MapSession session = new MapSession();
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(clock.instant());
        session.setMaxInactiveInterval(timeout);
        return session;
    }

    @Override
    public void save(MapSession session) {
        if (!session.getId().equals(session.getOriginalId())) {
            deleteById(session.getOriginalId());
        }
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        mongo.save(new Document("_id", session.getId())
                .append("createdAt", Date.from(session.getCreationTime()))
                .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                .append("expireAt", Date.from(session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
                .append("attributes", new Binary(serialize(attributes))), COLLECTION);
    }

    @Override
    public MapSession findById(String id) {
        Document document = mongo.findById(id, Document.class, COLLECTION);
        if (document == null) {
            return null;
        }
        if (!document.getDate("expireAt").toInstant().isAfter(clock.instant())) {
            deleteById(id);
            return null;
        }
        MapSession session = new MapSession(id);
        session.setCreationTime(document.getDate("createdAt").toInstant());
        session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
        deserialize(document.get("attributes", Binary.class).getData()).forEach(session::setAttribute);
        return session;
    }

    @Override
    public void deleteById(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    private static byte[] serialize(Map<String, Object> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
        } catch (IOException notSerializable) {
            throw new IllegalStateException("A session attribute cannot be stored", notSerializable);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException incompatible) {
            // A session stored by another version of the portal: the person signs in again.
            return Map.of();
        }
    }
}
