package vn.antq.analytics.reviewreport.delivery;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bson.Document;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.analytics.dimension.Places;
import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.reference.VietnamTime;

/** The JSON answers of the subscription and delivery endpoints; times in Vietnam time, labels in the caller's language. */
final class DeliveryViews {

    private DeliveryViews() {
    }

    @Schema(name = "ReportSubscription")
    record SubscriptionView(String id, String name, String email, String unit,
            @Schema(description = "the unit with its parents") String unitName,
            @Schema(allowableValues = {"MONTHLY", "QUARTERLY"}) String cadence, String cadenceName,
            @Schema(description = "vi or en") String language, String format,
            @Schema(description = "the period the next run delivers if it has not been yet, e.g. 2026-11 or 2026-Q3")
            String latestPeriod, String createdAt, String createdBy) {
    }

    @Schema(name = "ReportSubscriptions")
    record SubscriptionsAnswer(
            @Schema(description = "false when no mail server is configured: subscriptions are kept, nothing is sent")
            boolean sending, List<SubscriptionView> subscriptions, String asOf) {
    }

    @Schema(name = "ReportDelivery")
    record DeliveryView(@Schema(description = "the natural key: address:unit:cadence:period") String id, String email,
            String name, String unit, String unitName, String cadence, String period, String language, String format,
            @Schema(allowableValues = {"PLANNED", "SENDING", "RETRY", "SENT", "FAILED", "UNCERTAIN", "CANCELLED"}) String state,
            String stateName, int attempts, String plannedAt, String dueAt, String lastAttemptAt, String sentAt,
            @Schema(description = "the mail server's or the connection's words for the last failure") String lastError,
            String resentBy) {
    }

    @Schema(name = "ReportDeliveries")
    record DeliveriesAnswer(
            @Schema(description = "false when no mail server is configured: nothing is planned or sent")
            boolean sending, List<DeliveryView> deliveries, String asOf) {
    }

    static SubscriptionView subscription(Subscription subscription, Places places, java.time.LocalDate today, Locale locale) {
        return new SubscriptionView(subscription.id(), subscription.name(), subscription.email(), subscription.unit(),
                unitName(places, subscription.unit()), subscription.cadence().name(), subscription.cadence().label(locale),
                subscription.language(), subscription.format(), subscription.cadence().latestCompleted(today).key(),
                time(Date.from(subscription.createdAt())), subscription.createdBy());
    }

    static DeliveryView delivery(Document delivery, Places places, Locale locale) {
        DeliveryState state = DeliveryState.valueOf(delivery.getString("state"));
        return new DeliveryView(delivery.getString("_id"), delivery.getString("email"), delivery.getString("name"),
                delivery.getString("unit"), unitName(places, delivery.getString("unit")), delivery.getString("cadence"),
                delivery.getString("period"), delivery.getString("language"), delivery.getString("format"), state.name(),
                state.label(locale), delivery.getInteger("attempts", 0), time(delivery.getDate("plannedAt")),
                time(delivery.getDate("dueAt")), time(delivery.getDate("lastAttemptAt")), time(delivery.getDate("sentAt")),
                delivery.getString("lastError"), delivery.getString("resentBy"));
    }

    private static String unitName(Places places, String code) {
        return places.resolve(code).map(AdminPath::displayName).orElse(code);
    }

    private static String time(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), VietnamTime.ZONE).toString();
    }
}
