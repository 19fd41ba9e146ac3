package vn.antq.kit.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI description of every service tells what it really answers: see {@link OperationConventions} and
 * {@link ProblemDocuments}; the service marks only what a convention cannot know ({@link Creates},
 * {@link Versioned}).
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitOpenApiProperties.class)
public class KitOpenApiConfiguration {

    static {
        // A JSON tree is any JSON value to a client, not Jackson's node class with its isArray/isObject flags.
        for (Class<?> tree : new Class<?>[] {tools.jackson.databind.JsonNode.class,
                tools.jackson.databind.node.ObjectNode.class, tools.jackson.databind.node.ArrayNode.class}) {
            SpringDocUtils.getConfig().replaceWithSchema(tree, ProblemDocuments.anyJson());
        }
    }

    @Bean
    public OperationConventions kitOperationConventions() {
        return new OperationConventions();
    }

    @Bean
    public ProblemDocuments kitProblemDocuments(KitOpenApiProperties properties) {
        return new ProblemDocuments(properties);
    }

    @Bean
    public PresentProperties kitPresentProperties() {
        return new PresentProperties();
    }
}
