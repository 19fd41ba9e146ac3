package vn.antq.analytics.reviewreport.delivery;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.query.ReadScope;
import vn.antq.analytics.reviewreport.ReportFiles;
import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.reference.VietnamTime;

/**
 * One pass of the scheduled delivery, as each instance of the service runs it: plan each subscription's latest
 * completed period (an insert keyed by address, unit, cadence and period: at most once per person and period), mark
 * deliveries whose sender stopped mid-send UNCERTAIN, then claim and send what is due, one delivery at a time.
 * Instances share nothing but MongoDB: each claim is a conditional update that only one of them wins.
 */
public class DeliveryRun {

    /** Mail header naming the delivery a message carries, for the recipient's mail system and for checking. */
    public static final String DELIVERY_HEADER = "X-ANTQ-Delivery";

    /** Deliveries one run sends at most; the rest wait for the next run. */
    static final int MAX_SENDS = 500;

    private static final Logger log = LoggerFactory.getLogger(DeliveryRun.class);

    /** What one pass did. */
    public record Outcome(int planned, int sent, int retrying, int failed, long uncertain) {
    }

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final ReportFiles reports;
    private final Places places;
    private final JavaMailSender mail;
    private final DeliveryProperties properties;
    private final String owner;
    private volatile boolean indexed;

    DeliveryRun(Subscriptions subscriptions, Deliveries deliveries, ReportFiles reports, Places places, JavaMailSender mail,
            DeliveryProperties properties) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.reports = reports;
        this.places = places;
        this.mail = mail;
        this.properties = properties;
        this.owner = "sender-" + UUID.randomUUID();
    }

    /** Whether a mail server is configured; without one a pass plans and sends nothing. */
    public boolean sending() {
        return mail != null;
    }

    /** Plans, expires and sends as of {@code now}. */
    public Outcome tick(Instant now) {
        if (mail == null) {
            return new Outcome(0, 0, 0, 0, 0);
        }
        ensureIndexes();
        int planned = plan(now);
        long uncertain = deliveries.expireLeases(now);
        if (uncertain > 0) {
            log.warn("{} report deliveries stopped mid-send and are UNCERTAIN; they are not resent without a request", uncertain);
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        // At most MAX_SENDS per run, so that a run ends even if MongoDB were to keep answering with the same delivery.
        for (int i = 0; i < MAX_SENDS; i++) {
            Optional<Document> next = deliveries.claim(owner, now, properties.lease());
            if (next.isEmpty()) {
                break;
            }
            switch (send(next.get(), now)) {
                case SENT -> sent++;
                case RETRY -> retrying++;
                default -> failed++;
            }
        }
        return new Outcome(planned, sent, retrying, failed, uncertain);
    }

    private int plan(Instant now) {
        int planned = 0;
        for (Subscription subscription : subscriptions.all()) {
            ReportPeriod period = subscription.cadence().latestCompleted(today(now));
            if (deliveries.plan(subscription, period, now)) {
                planned++;
            }
        }
        return planned;
    }

    private DeliveryState send(Document delivery, Instant now) {
        String id = delivery.getString("_id");
        int attempts = delivery.getInteger("attempts");
        try {
            mail.send(message(delivery, now));
        } catch (RuntimeException e) {
            // A MailException (the server refused, or could not be reached), or the report could not be rendered.
            boolean last = attempts >= properties.maxAttempts();
            String error = describe(e);
            deliveries.failed(id, owner, error, last ? null : now.plus(properties.backoff(attempts)));
            log.warn("Report delivery {} failed (attempt {} of {}): {}", id, attempts, properties.maxAttempts(), error);
            return last ? DeliveryState.FAILED : DeliveryState.RETRY;
        }
        if (!deliveries.sent(id, owner, now)) {
            log.warn("Report delivery {} was sent, but another request changed it meanwhile", id);
        }
        return DeliveryState.SENT;
    }

    private MimeMessage message(Document delivery, Instant now) {
        Locale locale = Locale.forLanguageTag(delivery.getString("language"));
        String unit = delivery.getString("unit");
        ReportPeriod period = new ReportPeriod(delivery.getString("period"), YearMonth.parse(delivery.getString("from")),
                YearMonth.parse(delivery.getString("to")));
        ReportFiles.ReportFile file = reports.render(new ReadScope(null, unit), period.range(), locale,
                delivery.getString("format"));
        AdminPath path = places.resolve(unit).orElse(null);
        ReportMail words = new ReportMail(delivery.getString("name"), unit, path == null ? unit : path.mostSpecific().name(),
                path == null ? unit : path.displayName(), Cadence.valueOf(delivery.getString("cadence")), period, locale);
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(new InternetAddress(delivery.getString("email"), delivery.getString("name"), "UTF-8"));
            helper.setSubject(words.subject());
            helper.setText(words.body(file.filename(), file.bytes().length,
                    today(now)), false);
            helper.addAttachment(file.filename(), new ByteArrayResource(file.bytes()), file.mediaType());
            message.setHeader(DELIVERY_HEADER, delivery.getString("_id"));
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
    }

    /** The failure and its causes, as the mail server or the connection reported them. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 1000; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(text.isEmpty() ? "" : "; ").append(message.strip());
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause()) {
                text.append("; ").append(messaging.getNextException().getMessage());
            }
        }
        return text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
    }

    /** The date in Vietnam at {@code now}: a period has ended when its last day has ended there. */
    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, VietnamTime.ZONE);
    }

    private void ensureIndexes() {
        if (!indexed) {
            deliveries.ensureIndexes();
            indexed = true;
        }
    }
}
