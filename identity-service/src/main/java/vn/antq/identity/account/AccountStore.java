package vn.antq.identity.account;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antq.gazetteer.Structure;

/**
 * The accounts collection: one document per person, keyed by username. The document is also the account's outbox:
 * {@code version} (1, 2, 3 ... per announced change), {@code events} (the {@code vn.antq.user.changed.v1} events in
 * order, never edited), {@code eventCount}, {@code publishedCount} (the first ones are on Kafka) and
 * {@code pendingSince} (present while some are not). A change and the event announcing it are one single-document
 * write, conditional on the version it was made from.
 */
@Component
public class AccountStore {

    public static final String COLLECTION = "accounts";
    public static final String VERSION = "version";
    public static final String EVENTS = "events";
    public static final String EVENT_COUNT = "eventCount";
    public static final String PUBLISHED_COUNT = "publishedCount";
    public static final String PENDING_SINCE = "pendingSince";

    /** An account and the version of its last announced change (0: never announced). */
    public record Versioned(Account account, long version) {
    }

    private final MongoTemplate mongo;

    public AccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Account> find(String username) {
        return findVersioned(username).map(Versioned::account);
    }

    public Optional<Versioned> findVersioned(String username) {
        return Optional.ofNullable(mongo.findOne(stateOnly(Query.query(Criteria.where("_id").is(username))),
                Document.class, COLLECTION)).map(document -> new Versioned(fromDocument(document), version(document)));
    }

    public List<Account> all() {
        return mongo.find(stateOnly(new Query().with(Sort.by("_id"))), Document.class, COLLECTION).stream()
                .map(AccountStore::fromDocument).toList();
    }

    public List<Account> ofAgency(String agency) {
        return mongo.find(stateOnly(Query.query(Criteria.where("agency").is(agency)).with(Sort.by("_id"))),
                Document.class, COLLECTION).stream().map(AccountStore::fromDocument).toList();
    }

    /** Accounts whose changes were never announced (made before events existed), at most {@code limit}. */
    public List<Account> unannounced(int limit) {
        return mongo.find(stateOnly(Query.query(Criteria.where(VERSION).exists(false)).limit(limit)), Document.class,
                COLLECTION).stream().map(AccountStore::fromDocument).toList();
    }

    /**
     * Inserts a new account at version 1 with {@code event} pending, in one write; false when the username is
     * taken (nothing written).
     */
    public boolean create(Account account, Document event) {
        Document document = toDocument(account).append(VERSION, 1L).append(EVENTS, List.of(event))
                .append(EVENT_COUNT, 1).append(PUBLISHED_COUNT, 0).append(PENDING_SINCE, new Date());
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Stores the fields that differ between {@code before} and {@code after} at {@code expectedVersion + 1} with
     * {@code event} appended, in one write, if the account is still at {@code expectedVersion} (0: never announced);
     * false when another change came first (nothing written). Fields it does not change (say, a password the owner
     * changed meanwhile) are left as they are.
     */
    public boolean change(Account before, Account after, long expectedVersion, Document event) {
        Criteria current = Criteria.where("_id").is(after.username());
        current = expectedVersion == 0 ? current.and(VERSION).exists(false) : current.and(VERSION).is(expectedVersion);
        Update update = new Update();
        Document old = toDocument(before);
        Document changed = toDocument(after);
        changed.forEach((field, value) -> {
            if (!"_id".equals(field) && !value.equals(old.get(field))) {
                update.set(field, value);
            }
        });
        old.keySet().stream().filter(field -> !changed.containsKey(field)).forEach(update::unset);
        update.set(VERSION, expectedVersion + 1).push(EVENTS, event).inc(EVENT_COUNT, 1).min(PENDING_SINCE, new Date());
        return mongo.updateFirst(Query.query(current), update, COLLECTION).getMatchedCount() == 1;
    }

    /** Inserts a new account without announcing it (it is announced as existing at the next start). */
    public boolean create(Account account) {
        try {
            mongo.insert(toDocument(account), COLLECTION);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Stores what the owner changes themself (their password, their second factor), which no event carries; the
     * version and the outbox stay as they are.
     */
    public void save(Account account) {
        mongo.upsert(Query.query(Criteria.where("_id").is(account.username())), stateUpdate(account), COLLECTION);
    }

    private static Update stateUpdate(Account account) {
        Update update = new Update();
        toDocument(account).forEach((field, value) -> {
            if (!"_id".equals(field)) {
                update.set(field, value);
            }
        });
        if (account.locality() == null) {
            update.unset("locality");
        }
        if (account.totpSecret() == null) {
            update.unset("totpSecret");
        }
        return update;
    }

    private static Query stateOnly(Query query) {
        query.fields().exclude(EVENTS);
        return query;
    }

    private static long version(Document document) {
        Object value = document.get(VERSION);
        return value instanceof Number number ? number.longValue() : 0;
    }

    public long count() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    static Document toDocument(Account account) {
        Document document = new Document("_id", account.username())
                .append("displayName", account.displayName())
                .append("agency", account.agency())
                .append("roles", account.roles().stream().map(Role::name).sorted().toList())
                .append("enabled", account.enabled())
                .append("passwordHash", account.passwordHash())
                .append("passwordChangedAt", Date.from(account.passwordChangedAt()))
                .append("mustChangePassword", account.mustChangePassword())
                .append("createdAt", Date.from(account.createdAt()));
        if (account.locality() != null) {
            document.append("locality", new Document("code", account.locality().code())
                    .append("structure", account.locality().structure().name()));
        }
        if (account.totpSecret() != null) {
            document.append("totpSecret", account.totpSecret());
        }
        return document;
    }

    static Account fromDocument(Document document) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        document.getList("roles", String.class, List.of()).forEach(role -> roles.add(Role.valueOf(role)));
        Document locality = document.get("locality", Document.class);
        return new Account(document.getString("_id"), document.getString("displayName"), document.getString("agency"),
                roles,
                locality == null ? null : new Locality(locality.getString("code"),
                        Structure.valueOf(locality.getString("structure"))),
                document.getBoolean("enabled", false), document.getString("passwordHash"),
                instant(document.getDate("passwordChangedAt")), document.getBoolean("mustChangePassword", false),
                document.getString("totpSecret"), instant(document.getDate("createdAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
