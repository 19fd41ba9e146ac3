package vn.antq.infra;

/**
 * What each application leaves out where several run in one JVM on one class path (the local stack, the resilience
 * suite): every application would otherwise also configure itself with the libraries only the others use. Each
 * constant is a comma-separated list of auto-configuration class names for {@code spring.autoconfigure.exclude};
 * {@link #exclude} joins them into the argument.
 * <ul>
 *   <li>identity-service and the portal leave out the four services' kit ({@link #SERVICE_KIT}) and Spring Cloud
 *       Stream / Function ({@link #CLOUD_STREAM}, whose function catalogue would make the gateway answer paths such
 *       as identity-service's /login with a function route);</li>
 *   <li>identity-service and the four services leave out the portal's gateway ({@link #GATEWAY}) and Spring Cloud
 *       Commons and Context, which come with it ({@link #CLOUD_COMMONS}, their health indicators among them).</li>
 * </ul>
 * Names of classes that are not on the class path are ignored.
 */
public final class OneClassPath {

    /** The four services' kit. */
    public static final String SERVICE_KIT = "vn.antq.kit.web.KitWebConfiguration,"
            + "vn.antq.kit.security.KitSecurityConfiguration,vn.antq.kit.outbox.OutboxConfiguration,"
            + "vn.antq.kit.reference.ReferenceConfiguration,vn.antq.kit.health.HealthConfiguration,"
            + "vn.antq.kit.store.MongoTimeoutConfiguration,vn.antq.kit.openapi.KitOpenApiConfiguration";
    /** Spring Cloud Stream and Function. */
    public static final String CLOUD_STREAM = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration,"
            + "org.springframework.cloud.function.cloudevent.CloudEventsFunctionExtensionConfiguration,"
            + "org.springframework.cloud.function.context.config.FunctionsEndpointAutoConfiguration,"
            + "org.springframework.cloud.function.observability.ObservationAutoConfiguration,"
            + "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration,"
            + "org.springframework.cloud.stream.config.ChannelsEndpointAutoConfiguration,"
            + "org.springframework.cloud.stream.config.BindingsEndpointAutoConfiguration,"
            + "org.springframework.cloud.stream.config.BindingServiceConfiguration,"
            + "org.springframework.cloud.stream.function.FunctionConfiguration,"
            + "org.springframework.cloud.stream.binder.kafka.config.ExtendedBindingHandlerMappingsProviderConfiguration,"
            + "org.springframework.cloud.stream.binder.kafka.config.MessageConverterHelperConfiguration";
    /** The portal's gateway (Spring Cloud Gateway server MVC). */
    public static final String GATEWAY = "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration,"
            + "org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration";
    /** Spring Cloud Commons and Context, which come with the gateway. */
    public static final String CLOUD_COMMONS = "org.springframework.cloud.client.CommonsClientAutoConfiguration,"
            + "org.springframework.cloud.client.ReactiveCommonsClientAutoConfiguration,"
            + "org.springframework.cloud.client.discovery.composite.CompositeDiscoveryClientAutoConfiguration,"
            + "org.springframework.cloud.client.discovery.composite.reactive.ReactiveCompositeDiscoveryClientAutoConfiguration,"
            + "org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClientAutoConfiguration,"
            + "org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClientAutoConfiguration,"
            + "org.springframework.cloud.client.hypermedia.CloudHypermediaAutoConfiguration,"
            + "org.springframework.cloud.client.loadbalancer.LoadBalancerAutoConfiguration,"
            + "org.springframework.cloud.client.loadbalancer.LoadBalancerDefaultMappingsProviderAutoConfiguration,"
            + "org.springframework.cloud.client.loadbalancer.reactive.LoadBalancerBeanPostProcessorAutoConfiguration,"
            + "org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerClientAutoConfiguration,"
            + "org.springframework.cloud.client.serviceregistry.ServiceRegistryAutoConfiguration,"
            + "org.springframework.cloud.client.serviceregistry.AutoServiceRegistrationAutoConfiguration,"
            + "org.springframework.cloud.commons.util.UtilAutoConfiguration,"
            + "org.springframework.cloud.commons.security.ResourceServerTokenRelayAutoConfiguration,"
            + "org.springframework.cloud.commons.config.CommonsConfigAutoConfiguration,"
            + "org.springframework.cloud.configuration.CompatibilityVerifierAutoConfiguration,"
            + "org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration,"
            + "org.springframework.cloud.autoconfigure.LifecycleMvcEndpointAutoConfiguration,"
            + "org.springframework.cloud.autoconfigure.RefreshAutoConfiguration,"
            + "org.springframework.cloud.autoconfigure.RefreshEndpointAutoConfiguration,"
            + "org.springframework.cloud.autoconfigure.WritableEnvironmentEndpointAutoConfiguration";
    private OneClassPath() {
    }

    /** The {@code --spring.autoconfigure.exclude=} argument leaving out all of {@code lists}. */
    public static String exclude(String... lists) {
        return "--spring.autoconfigure.exclude=" + String.join(",", lists);
    }
}
