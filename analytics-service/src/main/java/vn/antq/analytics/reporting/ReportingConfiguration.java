package vn.antq.analytics.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the agencies' reporting cadences ({@code antq.reporting.*}) and the on-time rule ({@code antq.analytics.reporting.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReportingProperties.class, OnTimeRule.class})
class ReportingConfiguration {
}
