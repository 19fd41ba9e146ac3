package vn.antq.portal.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.prefixPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import vn.antq.portal.PortalProperties;

/**
 * The backend-for-frontend routes: {@code /api/{service}/rest} goes to that service's {@code /api/rest} (so
 * {@code /api/awards/v1/reviews} is award-service's {@code /api/v1/reviews}) with the person's access token,
 * refreshed when needed, as the bearer token; the browser's cookies stay at the portal.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    RouterFunction<ServerResponse> apiRoutes(PortalProperties properties) {
        RouterFunction<ServerResponse> routes = null;
        for (Map.Entry<String, URI> service : properties.services().entrySet()) {
            RouterFunction<ServerResponse> route = route(service.getKey())
                    .route(RequestPredicates.path("/api/" + service.getKey() + "/**"), http())
                    .before(uri(service.getValue()))
                    .before(stripPrefix(2))
                    .before(prefixPath("/api"))
                    .before(removeRequestHeader("Cookie"))
                    .filter(tokenRelay(properties.registrationId()))
                    .build();
            routes = routes == null ? route : routes.and(route);
        }
        if (routes == null) {
            throw new IllegalStateException("antq.portal.services names no service to route to");
        }
        return routes;
    }
}
