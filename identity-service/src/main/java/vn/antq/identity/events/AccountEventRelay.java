package vn.antq.identity.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.antq.contracts.CloudEventHeaders;
import vn.antq.contracts.EventContract;
import vn.antq.identity.account.AccountStore;

/**
 * Publishes the pending account events to Kafka and marks them once Kafka has acknowledged them, the design of the
 * platform's outbox (DESIGN §2): one thread; each round takes the accounts with {@code pendingSince}, oldest first,
 * sends each one's events {@code publishedCount .. eventCount-1} in order keyed by username from an idempotent
 * producer, waits for every acknowledgement, then marks them. At-least-once: consumers drop a version they have
 * passed. Kafka unreachable: a warning once per outage, retries with backoff; account changes are still accepted and
 * wait in their documents.
 */
@Component
public class AccountEventRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AccountEventRelay.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final String bootstrapServers;
    private final boolean enabled;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;
    private boolean failing;

    @Autowired
    public AccountEventRelay(MongoTemplate mongo,
                             @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
                             @Value("${antq.identity.events.enabled:true}") boolean enabled,
                             @Value("${antq.identity.events.poll-interval:1s}") Duration pollInterval,
                             @Value("${antq.identity.events.max-backoff:10s}") Duration maxBackoff) {
        this.mongo = mongo;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
    }

    /** A relay that never runs (events stay pending): for code that stores accounts outside the application. */
    public static AccountEventRelay idle() {
        return new AccountEventRelay(null, "", false, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    /** Publish now rather than at the next poll. */
    public void wakeUp() {
        wake.release();
    }

    @Override
    public synchronized void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "account-event-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started last, stopped first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void loop() {
        Duration wait = pollInterval;
        while (running) {
            try {
                publishPending();
                if (failing) {
                    LOG.info("Account events are published to Kafka again ({})", bootstrapServers);
                    failing = false;
                }
                wait = pollInterval;
            } catch (RuntimeException | ExecutionExceptionWrapper failure) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    LOG.warn("Account events cannot be published to Kafka ({}); they wait in the accounts and are "
                            + "retried: {}", bootstrapServers, failure.toString());
                    failing = true;
                }
                closeProducer();
                wait = wait.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : wait.multipliedBy(2);
            }
            try {
                wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closeProducer();
    }

    /** One round: every account with pending events, oldest first, in batches. */
    void publishPending() throws ExecutionExceptionWrapper {
        while (running) {
            Query pending = Query.query(Criteria.where(AccountStore.PENDING_SINCE).exists(true))
                    .with(Sort.by(AccountStore.PENDING_SINCE)).limit(BATCH);
            pending.fields().include(AccountStore.EVENTS, AccountStore.EVENT_COUNT, AccountStore.PUBLISHED_COUNT);
            List<Document> accounts = mongo.find(pending, Document.class, AccountStore.COLLECTION);
            for (Document account : accounts) {
                publish(account);
            }
            if (accounts.size() < BATCH) {
                return;
            }
        }
    }

    private void publish(Document account) throws ExecutionExceptionWrapper {
        List<Document> events = account.getList(AccountStore.EVENTS, Document.class, List.of());
        int count = count(account, AccountStore.EVENT_COUNT);
        int published = count(account, AccountStore.PUBLISHED_COUNT);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = published; i < Math.min(count, events.size()); i++) {
            sent.add(producer().send(record(events.get(i))));
        }
        for (Future<RecordMetadata> acknowledgement : sent) {
            try {
                acknowledgement.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ExecutionExceptionWrapper(interrupted);
            } catch (Exception failed) {
                throw new ExecutionExceptionWrapper(failed);
            }
        }
        Object id = account.get("_id");
        boolean marked = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(AccountStore.EVENT_COUNT).is(count)),
                new Update().set(AccountStore.PUBLISHED_COUNT, count).unset(AccountStore.PENDING_SINCE),
                AccountStore.COLLECTION).getMatchedCount() == 1;
        if (!marked) {
            // An event was appended meanwhile: keep it pending, the next round sends the rest.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().max(AccountStore.PUBLISHED_COUNT, count), AccountStore.COLLECTION);
        }
    }

    /** A binary-mode CloudEvent with the headers of the contract. */
    static ProducerRecord<String, byte[]> record(Document event) {
        String type = event.getString(AccountEvents.TYPE);
        String key = event.getString(AccountEvents.KEY);
        Date occurredAt = event.getDate(AccountEvents.OCCURRED_AT);
        List<Header> headers = new ArrayList<>(List.of(
                header(CloudEventHeaders.CE_ID, event.getString(AccountEvents.EVENT_ID)),
                header(CloudEventHeaders.CE_SOURCE, AccountEvents.SOURCE),
                header(CloudEventHeaders.CE_TYPE, type),
                header(CloudEventHeaders.CE_SUBJECT, key),
                header(CloudEventHeaders.CE_TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt.toInstant())),
                header(CloudEventHeaders.CE_SPECVERSION, CloudEventHeaders.SPEC_VERSION),
                header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON)));
        EventContract.of(type).ifPresent(contract -> headers.add(header(CloudEventHeaders.CE_DATASCHEMA, contract.schemaId())));
        return new ProducerRecord<>(event.getString(AccountEvents.TOPIC), null, key,
                event.getString(AccountEvents.PAYLOAD).getBytes(UTF_8), headers);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "identity-service-account-events",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // replaced at the next round
            }
            producer = null;
        }
    }

    private static int count(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(UTF_8));
    }

    /** A send that Kafka did not acknowledge. */
    static final class ExecutionExceptionWrapper extends Exception {
        ExecutionExceptionWrapper(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
