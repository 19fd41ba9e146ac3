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
import org.springframework.stereotype.Component;

import vn.antq.gazetteer.Structure;

/** The accounts collection: one document per person, keyed by username. */
@Component
public class AccountStore {

    static final String COLLECTION = "accounts";

    private final MongoTemplate mongo;

    public AccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(mongo.findById(username, Document.class, COLLECTION)).map(AccountStore::fromDocument);
    }

    public List<Account> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION).stream()
                .map(AccountStore::fromDocument).toList();
    }

    public List<Account> ofAgency(String agency) {
        return mongo.find(Query.query(Criteria.where("agency").is(agency)).with(Sort.by("_id")), Document.class,
                COLLECTION).stream().map(AccountStore::fromDocument).toList();
    }

    /** Inserts a new account; false when the username is taken. */
    public boolean create(Account account) {
        try {
            mongo.insert(toDocument(account), COLLECTION);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            return false;
        }
    }

    public void save(Account account) {
        mongo.save(toDocument(account), COLLECTION);
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
