package vn.antq.analytics.reviewreport.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reviewreport.delivery.DeliveryViews.SubscriptionView;
import vn.antq.analytics.reviewreport.delivery.DeliveryViews.SubscriptionsAnswer;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;

/**
 * Leaders subscribed by OPS (or ADMIN) to the review report of a unit, monthly or quarterly, by e-mail. Anyone else:
 * 403. A unit outside the caller's locality: 403, as for every analytics answer.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics/report-subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Report delivery", description = "Gửi báo cáo định kỳ: the review report e-mailed monthly or quarterly (OPS, ADMIN)")
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final DeliveryRun run;
    private final Structures structures;
    private final Places places;
    private final Clock clock;

    SubscriptionController(Subscriptions subscriptions, Deliveries deliveries, DeliveryRun run, Structures structures,
            Places places, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.run = run;
        this.structures = structures;
        this.places = places;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Subscribe a leader to the review report of a unit, by e-mail, monthly or quarterly (OPS, ADMIN); "
            + "each run delivers the latest period that has ended, once per address, unit and period; every bad field is "
            + "reported and nothing is stored")
    @Creates(etag = false)
    ResponseEntity<SubscriptionView> subscribe(AntqUser user, @RequestBody SubscriptionForm form, Locale locale) {
        requireOpsOrAdmin(user);
        Subscription subscription = form.check(places, user.subject(), clock.instant());
        structures.scopeOf(user, null, subscription.unit());
        subscriptions.add(subscription);
        return ResponseEntity.created(URI.create("/api/v1/analytics/report-subscriptions/" + subscription.id()))
                .body(view(subscription, locale));
    }

    @GetMapping
    @Operation(summary = "The subscriptions to the review report inside the caller's locality (OPS, ADMIN)")
    SubscriptionsAnswer list(AntqUser user, Locale locale) {
        requireOpsOrAdmin(user);
        List<SubscriptionView> views = subscriptions.all().stream()
                .filter(subscription -> user.locality() == null || places.isWithin(subscription.unit(), user.locality()))
                .map(subscription -> view(subscription, locale)).toList();
        return new SubscriptionsAnswer(run.sending(), views, Answers.asOf(clock));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription (OPS, ADMIN)")
    SubscriptionView one(AntqUser user, @PathVariable String id, Locale locale) {
        return view(readable(user, id), locale);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a subscription (OPS, ADMIN): its deliveries not yet tried, or waiting for a retry, are cancelled; "
            + "what was sent stays listed")
    void unsubscribe(AntqUser user, @PathVariable String id) {
        Subscription subscription = readable(user, id);
        if (subscriptions.remove(subscription.id())) {
            deliveries.cancel(subscription.id());
        }
    }

    private Subscription readable(AntqUser user, String id) {
        requireOpsOrAdmin(user);
        Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> ApiException.notFound("report-subscription", id));
        structures.scopeOf(user, null, subscription.unit());
        return subscription;
    }

    private SubscriptionView view(Subscription subscription, Locale locale) {
        return DeliveryViews.subscription(subscription, places, VietnamTime.today(clock), locale);
    }

    /** OPS and ADMIN manage the delivery; anyone else: 403. */
    static void requireOpsOrAdmin(AntqUser user) {
        if (!user.isOpsOrAdmin()) {
            throw ApiException.forbidden("access.report-delivery.role");
        }
    }
}
