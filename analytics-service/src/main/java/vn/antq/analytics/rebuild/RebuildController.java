package vn.antq.analytics.rebuild;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.antq.analytics.freshness.TopicEnds;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;

/** Rebuilding every projection from the topics (ADMIN): start one, then follow its progress. */
@RestController
@RequestMapping("/api/v1/analytics/rebuild")
class RebuildController {

    private static final Duration KAFKA_RETRY_AFTER = Duration.ofSeconds(10);

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202 with the rebuild and its {@code Location}; 409 while another rebuild runs. */
    @PostMapping
    ResponseEntity<Map<String, Object>> start(AntqUser user) {
        AccessRules.requireRole(user, Role.ADMIN);
        Document rebuild;
        try {
            rebuild = rebuilds.start(user.subject())
                    .orElseThrow(() -> ApiException.conflict("problem.conflict.rebuild-running"));
        } catch (TopicEnds.KafkaUnavailableException e) {
            throw ApiException.unavailable("problem.unavailable.kafka", KAFKA_RETRY_AFTER);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/rebuild/" + rebuild.getString("_id")))
                .body(view(rebuild));
    }

    @GetMapping("/{id}")
    Map<String, Object> status(AntqUser user, @PathVariable String id) {
        AccessRules.requireRole(user, Role.ADMIN);
        return view(rebuilds.status(id).orElseThrow(() -> ApiException.notFound("rebuild", id)));
    }

    /** The rebuild document as JSON: {@code id} for {@code _id}, dates in Vietnam time, and a progress fraction. */
    static Map<String, Object> view(Document rebuild) {
        Map<String, Object> view = new LinkedHashMap<>();
        rebuild.forEach((name, value) -> view.put(name.equals("_id") ? "id" : name, plain(value)));
        Object total = rebuild.get("recordsTotal");
        Object read = rebuild.get("recordsRead");
        if (total instanceof Number t && read instanceof Number r) {
            view.put("progress", t.longValue() == 0 ? 1.0 : Math.min(1.0, r.doubleValue() / t.doubleValue()));
        }
        return view;
    }

    private static Object plain(Object value) {
        if (value instanceof Date date) {
            return OffsetDateTime.ofInstant(date.toInstant(), VietnamTime.ZONE).toString();
        }
        if (value instanceof Document document) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.forEach((name, inner) -> map.put(name, plain(inner)));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RebuildController::plain).toList();
        }
        return value;
    }
}
