package vn.antq.kit.health;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

import vn.antq.kit.security.AntqAuthentication;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;

/**
 * {@code /actuator/health} is public, but its details (the disk-space check's data directory, Kafka's cluster id,
 * the database name, the outbox backlog) are for operators only: whatever {@code management.endpoint.health.show-details}
 * a service sets, details are shown only to a caller whose token has the role OPS or ADMIN, and only if the setting
 * would show them at all. Everyone still sees the status and, where configured, each component's status.
 */
final class HealthDetailsForOperators implements HealthEndpointGroupsPostProcessor {

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
        for (String name : groups.getNames()) {
            named.put(name, new OperatorsOnly(groups.get(name)));
        }
        return HealthEndpointGroups.of(new OperatorsOnly(groups.getPrimary()), named);
    }

    static boolean isOperator(SecurityContext context) {
        if (context == null) {
            return false;
        }
        Principal principal = context.getPrincipal();
        if (principal instanceof AntqAuthentication authentication && authentication.getPrincipal() instanceof AntqUser user) {
            return user.isOpsOrAdmin();
        }
        return principal != null && (context.isUserInRole(Role.OPS.name()) || context.isUserInRole(Role.ADMIN.name()));
    }

    private record OperatorsOnly(HealthEndpointGroup delegate) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return delegate.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext context) {
            return delegate.showComponents(context);
        }

        @Override
        public boolean showDetails(SecurityContext context) {
            return isOperator(context) && delegate.showDetails(context);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return delegate.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return delegate.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return delegate.getAdditionalPath();
        }
    }
}
