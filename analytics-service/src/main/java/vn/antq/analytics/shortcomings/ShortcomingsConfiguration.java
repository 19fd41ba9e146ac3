package vn.antq.analytics.shortcomings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the thresholds of the shortcomings ({@code antq.analytics.shortcomings.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShortcomingThresholds.class)
class ShortcomingsConfiguration {
}
