package vn.antq.analytics.reviewreport.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.query.Answers;
import vn.antq.analytics.query.Structures;
import vn.antq.analytics.reviewreport.delivery.DeliveryViews.DeliveriesAnswer;
import vn.antq.analytics.reviewreport.delivery.DeliveryViews.DeliveryView;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** What the scheduled delivery did: every delivery and its state (OPS, ADMIN), and a resend on a person's request. */
@RestController
@RequestMapping(path = "/api/v1/analytics/report-deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Report delivery")
class DeliveryController {

    private final Deliveries deliveries;
    private final DeliveryRun run;
    private final Structures structures;
    private final Places places;
    private final Clock clock;

    DeliveryController(Deliveries deliveries, DeliveryRun run, Structures structures, Places places, Clock clock) {
        this.deliveries = deliveries;
        this.run = run;
        this.structures = structures;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The report deliveries inside the caller's locality, newest first, with their state (OPS, ADMIN)")
    DeliveriesAnswer list(AntqUser user,
            @Parameter(description = "only deliveries in this state: PLANNED, SENDING, RETRY, SENT, FAILED, UNCERTAIN or CANCELLED")
            @RequestParam(required = false) String state, Locale locale) {
        SubscriptionController.requireOpsOrAdmin(user);
        List<DeliveryView> views = deliveries.list(state(state)).stream()
                .filter(delivery -> user.locality() == null || places.isWithin(delivery.getString("unit"), user.locality()))
                .map(delivery -> DeliveryViews.delivery(delivery, places, locale)).toList();
        return new DeliveriesAnswer(run.sending(), views, Answers.asOf(clock));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "Send a FAILED or UNCERTAIN delivery again at the next run (OPS, ADMIN): for UNCERTAIN, after checking "
            + "with the recipient that the first one did not arrive; 409 in any other state")
    DeliveryView resend(AntqUser user, @PathVariable String id, Locale locale) {
        SubscriptionController.requireOpsOrAdmin(user);
        Document delivery = deliveries.find(id).orElseThrow(() -> ApiException.notFound("report-delivery", id));
        structures.scopeOf(user, null, delivery.getString("unit"));
        Document resent = deliveries.resend(id, user.subject(), clock.instant()).orElseThrow(() -> ApiException.conflict(
                "problem.conflict.delivery-not-resendable", delivery.getString("state")));
        return DeliveryViews.delivery(resent, places, locale);
    }

    private static DeliveryState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DeliveryState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(FieldProblem.of("state", "Trạng thái không hợp lệ: " + state.trim()
                    + " (PLANNED, SENDING, RETRY, SENT, FAILED, UNCERTAIN hoặc CANCELLED)", "Unknown state: " + state.trim()
                    + " (PLANNED, SENDING, RETRY, SENT, FAILED, UNCERTAIN or CANCELLED)"));
        }
    }
}
