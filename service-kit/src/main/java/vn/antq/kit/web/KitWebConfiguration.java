package vn.antq.kit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;


import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web side every ANTQ service shares: problem+json errors in Vietnamese and English, the
 * request-size limits, strict JSON input and the OpenAPI description. See the kit's README.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        MessageSourceAutoConfiguration.class, MultipartAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitWebProperties.class)
public class KitWebConfiguration {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static final String BEARER_SCHEME = "bearer-jwt";

    /** Before Spring Security's filter chain, so that an oversized body is refused before anything else. */
    static final int BODY_SIZE_LIMIT_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

    /**
     * The service's own texts first ({@code <spring.application.name>-messages_vi/en.properties}: named
     * after the service, because several services share one classpath in the local stack), so that it
     * can reword any of the kit's {@code kit-messages}.
     */
    @Bean
    public MessageSource messageSource(org.springframework.core.env.Environment environment) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        String service = environment.getProperty("spring.application.name", "application");
        messages.setBasenames("classpath:" + service + "-messages", "classpath:kit-messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setDefaultLocale(VIETNAMESE);
        messages.setFallbackToSystemLocale(false);
        // The values a field takes are listed with their words from the one catalogue (Choices).
        messages.setParentMessageSource(Choices.messages());
        return messages;
    }

    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
        resolver.setDefaultLocale(VIETNAMESE);
        return resolver;
    }

    @Bean
    public Problems problems(MessageSource messageSource, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        return new Problems(messageSource, localeResolver, jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemHandler problemHandler(Problems problems) {
        return new ProblemHandler(problems);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(KitWebProperties properties,
            Problems problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize(), properties.maxImportSize(),
                        properties.maxUploadSize(), problems));
        registration.setOrder(BODY_SIZE_LIMIT_ORDER);
        return registration;
    }

    /**
     * Multipart uploads get the kit's limits, whatever {@code spring.servlet.multipart.*} says: the parser allows the
     * larger one, and the body-size filter has already held each path to its own.
     */
    @Bean
    public MultipartConfigElement multipartConfigElement(KitWebProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.largestUpload());
        factory.setMaxRequestSize(properties.largestUpload());
        return factory.createMultipartConfig();
    }

    /**
     * Request bodies are read strictly ({@link StrictJsonInput}): a value only in its own JSON type and form, no
     * control characters or lone surrogates in text, an unknown or repeated field refused, each a 400 naming the
     * field. Only the HTTP input converter is strict; other uses of the JsonMapper (events) stay tolerant.
     */
    @Bean
    public ServerHttpMessageConvertersCustomizer kitStrictJsonInput(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictJsonInput.of(jsonMapper));
        return builder -> builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class ? strict : converter));
    }

    @Bean
    @ConditionalOnMissingBean
    public OpenAPI kitOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "ANTQ service");
        return new OpenAPI()
                .info(new Info().title(name).version("v1").description("""
                        %s của nền tảng ANTQ. Xác thực: `Authorization: Bearer <JWT>`. Lỗi trả về theo \
                        RFC 9457 (`application/problem+json`, có `errors: [{field, message}]` khi dữ liệu \
                        không hợp lệ); ngôn ngữ theo `Accept-Language`: `vi` (mặc định) hoặc `en`.

                        %s of the ANTQ platform. Authentication: `Authorization: Bearer <JWT>`. Errors are \
                        RFC 9457 `application/problem+json` (with `errors: [{field, message}]` for invalid \
                        input), in the language of `Accept-Language`: `vi` (default) or `en`."""
                        .formatted(name, name)))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /** Only where Tomcat is the container; a service moving to another one keeps the rest of the kit. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReport {

        /**
         * Replaces Tomcat's HTML error report (and Boot's quieter copy of it) with {@link ProblemErrorReportValve};
         * unordered, so it runs after Boot's customizer has installed its own valve.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> kitTomcatErrorReport(Problems problems) {
            return factory -> factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve(problems));
                // Tells the host its error report valve is present, so that it adds no other.
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            });
        }
    }
}
