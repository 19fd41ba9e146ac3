package vn.antq.portal.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's store for the portal's sessions in MongoDB, so that several portal instances share them. Spring
 * Session has no MongoDB module for Spring Boot 4 on Maven Central (its 3.x one targets Boot 3), so this is the
 * small part of it the portal needs: one document per session, each attribute (the signed-in person and their
 * grant, the anti-forgery token, which never leave the server) Java-serialised in its own field, and MongoDB dropping
 * it when it has expired.
 * <p>
 * A request saves only what it changed (and the time it was used): a page sends several requests at once on one
 * session (its modules, its service worker fetching the files it keeps, its API calls), and a request that wrote
 * back the whole session it had read would undo what another wrote meanwhile, such as the anti-forgery token that
 * the page was just given (its next change would then be refused) or a refreshed access token. The whole document
 * is written only for a new session and when its id changes (at sign-in).
 */
public class MongoSessionRepository implements SessionRepository<MongoSessionRepository.StoredSession> {

    static final String COLLECTION = "sessions";
    /** The attributes, one field each (names encoded: MongoDB field names take no dots). */
    static final String ATTRIBUTES = "attrs";
    /** The earlier layout: every attribute in one serialised map. Read, and replaced at the next save. */
    private static final String ALL_ATTRIBUTES = "attributes";

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
    public StoredSession createSession() {
        MapSession session = new MapSession();
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(clock.instant());
        session.setMaxInactiveInterval(timeout);
        return new StoredSession(session, true);
    }

    @Override
    public void save(StoredSession stored) {
        MapSession session = stored.session;
        Instant expireAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
        if (stored.whole || !session.getId().equals(session.getOriginalId())) {
            if (!session.getId().equals(session.getOriginalId())) {
                deleteById(session.getOriginalId());
            }
            Document attributes = new Document();
            session.getAttributeNames().forEach(name ->
                    attributes.append(encode(name), new Binary(serialize(session.getAttribute(name)))));
            mongo.save(new Document("_id", session.getId())
                    .append("createdAt", Date.from(session.getCreationTime()))
                    .append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                    .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                    .append("expireAt", Date.from(expireAt))
                    .append(ATTRIBUTES, attributes), COLLECTION);
        } else {
            Update update = new Update().set("lastAccessedAt", Date.from(session.getLastAccessedTime()))
                    .set("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                    .set("expireAt", Date.from(expireAt));
            for (String name : stored.changed) {
                Object value = session.getAttribute(name);
                String field = ATTRIBUTES + "." + encode(name);
                if (value == null) {
                    update.unset(field);
                } else {
                    update.set(field, new Binary(serialize(value)));
                }
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(session.getId())), update, COLLECTION);
        }
        stored.saved();
    }

    @Override
    public StoredSession findById(String id) {
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
        Document attributes = document.get(ATTRIBUTES, Document.class);
        if (attributes == null) {
            Binary all = document.get(ALL_ATTRIBUTES, Binary.class);
            if (all != null && deserialize(all.getData()) instanceof Map<?, ?> map) {
                map.forEach((name, value) -> session.setAttribute(String.valueOf(name), value));
            }
            return new StoredSession(session, true);
        }
        attributes.forEach((field, value) -> {
            Object attribute = value instanceof Binary binary ? deserialize(binary.getData()) : null;
            if (attribute != null) {
                session.setAttribute(decode(field), attribute);
            }
        });
        return new StoredSession(session, false);
    }

    @Override
    public void deleteById(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    static String encode(String name) {
        return name.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String decode(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    private static byte[] serialize(Object attribute) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attribute);
        } catch (IOException notSerializable) {
            throw new IllegalStateException("A session attribute cannot be stored", notSerializable);
        }
        return bytes.toByteArray();
    }

    /** The attribute, or null when another version of the portal stored it (the person then signs in again). */
    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException incompatible) {
            return null;
        }
    }

    /** A session as one request sees it, with the names of the attributes it set or removed. */
    public static final class StoredSession implements Session {

        private final MapSession session;
        private final Set<String> changed = new HashSet<>();
        private boolean whole;

        StoredSession(MapSession session, boolean whole) {
            this.session = session;
            this.whole = whole;
        }

        private void saved() {
            changed.clear();
            whole = false;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
            changed.add(attributeName);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
            changed.add(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
