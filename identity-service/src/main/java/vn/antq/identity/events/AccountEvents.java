package vn.antq.identity.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.user.UnitLocality;
import vn.antq.contracts.user.UnitStructure;
import vn.antq.contracts.user.UserChange;
import vn.antq.contracts.user.UserEvent;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.Role;

/**
 * The {@code vn.antq.user.changed.v1} event of an account change, as the account's document keeps it until the
 * {@link AccountEventRelay} has it on Kafka: the CloudEvents attributes and the JSON body exactly as published.
 * The body is built from the account's public state only: never its password hash or second-factor secret.
 */
public final class AccountEvents {

    public static final EventContract CONTRACT = EventContract.USER_CHANGED;
    /** The {@code ce_source} of every event. */
    public static final String SOURCE = "/antq/identity-service";
    /** The actor of the announcement of an account that existed before its changes were published. */
    public static final String SYSTEM_ACTOR = "identity-service";

    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String KEY = "key";
    static final String VERSION = "version";
    static final String OCCURRED_AT = "occurredAt";
    static final String PAYLOAD = "payload";

    private static final EventJson JSON = new EventJson();

    private AccountEvents() {
    }

    /** The body announcing {@code account} at {@code version} after {@code change}. */
    public static UserEvent body(Account account, long version, UserChange change, String actor, Instant at) {
        return new UserEvent(account.username(), version, actor, at.truncatedTo(ChronoUnit.MILLIS), account.agency(),
                account.roles().stream().map(Role::name).sorted().toList(),
                account.locality() == null ? null : new UnitLocality(account.locality().code(),
                        UnitStructure.valueOf(account.locality().structure().name())),
                account.enabled(), change);
    }

    /** The outbox element of {@code account} at {@code version}, with a fresh event id. */
    public static Document pending(Account account, long version, UserChange change, String actor, Instant at) {
        UserEvent body = body(account, version, change, actor, at);
        return new Document(EVENT_ID, UUID.randomUUID().toString())
                .append(TYPE, CONTRACT.type())
                .append(TOPIC, CONTRACT.topic())
                .append(KEY, body.kafkaKey())
                .append(VERSION, version)
                .append("actor", actor)
                .append(OCCURRED_AT, Date.from(body.occurredAt()))
                .append(PAYLOAD, JSON.write(body));
    }
}
