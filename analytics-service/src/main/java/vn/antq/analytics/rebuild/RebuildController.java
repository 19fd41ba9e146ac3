package vn.antq.analytics.rebuild;

import java.net.URI;
import java.time.Duration;

import org.bson.Document;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.antq.analytics.freshness.TopicEnds;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.openapi.Creates;

/** Rebuilding every projection from the topics (ADMIN): start one, then follow its progress. */
@RestController
@Tag(name = "Rebuild", description = "Tái lập số liệu: rebuilding the projections from the event topics")
@RequestMapping("/api/v1/analytics/rebuild")
class RebuildController {

    private static final Duration KAFKA_RETRY_AFTER = Duration.ofSeconds(10);

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202 with the rebuild and its {@code Location}; 409 while another rebuild runs. */
    @PostMapping
    @Operation(summary = "Start rebuilding every projection from the topics (ADMIN); 409 while another rebuild runs")
    @Creates(status = 202, etag = false)
    ResponseEntity<RebuildStatus> start(AntqUser user) {
        AccessRules.requireRole(user, Role.ADMIN);
        Document rebuild;
        try {
            rebuild = rebuilds.start(user.subject())
                    .orElseThrow(() -> ApiException.conflict("problem.conflict.rebuild-running"));
        } catch (TopicEnds.KafkaUnavailableException e) {
            throw ApiException.unavailable("problem.unavailable.kafka", KAFKA_RETRY_AFTER);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/rebuild/" + rebuild.getString("_id")))
                .body(RebuildStatus.of(rebuild));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The progress of a rebuild (ADMIN)")
    RebuildStatus status(AntqUser user, @PathVariable String id) {
        AccessRules.requireRole(user, Role.ADMIN);
        return RebuildStatus.of(rebuilds.status(id).orElseThrow(() -> ApiException.notFound("rebuild", id)));
    }
}
