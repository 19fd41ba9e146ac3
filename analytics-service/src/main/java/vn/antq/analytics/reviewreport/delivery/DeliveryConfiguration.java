package vn.antq.analytics.reviewreport.delivery;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.reviewreport.ReportFiles;

/**
 * The scheduled delivery: one {@link DeliveryRun} per instance, run every {@code antq.analytics.delivery.interval}
 * (after {@code initial-delay}). The mail server is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} Boot makes no {@link JavaMailSender}, and then subscriptions are kept but nothing is planned
 * or sent (a warning at start says so) until a server is configured, when each subscription receives its latest
 * completed period (not the ones missed meanwhile).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    private final DeliveryProperties properties;
    private final ObjectProvider<DeliveryRun> run;
    private final Clock clock;

    DeliveryConfiguration(DeliveryProperties properties, ObjectProvider<DeliveryRun> run, Clock clock) {
        this.properties = properties;
        this.run = run;
        this.clock = clock;
    }

    @Bean
    DeliveryRun deliveryRun(Subscriptions subscriptions, Deliveries deliveries, ReportFiles reports, Places places,
            ObjectProvider<JavaMailSender> mail) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host, env SPRING_MAIL_HOST): report subscriptions are kept, "
                    + "but no report is delivered until one is");
        }
        return new DeliveryRun(subscriptions, deliveries, reports, places, sender, properties);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::tick, properties.interval(), properties.initialDelay()));
    }

    private void tick() {
        try {
            DeliveryRun.Outcome outcome = run.getObject().tick(clock.instant());
            if (outcome.planned() + outcome.sent() + outcome.retrying() + outcome.failed() > 0) {
                log.info("Report delivery: {}", outcome);
            }
        } catch (RuntimeException e) {
            // MongoDB unreachable, say: the next run tries again; nothing was half-done (every step is one write).
            log.warn("Report delivery run failed; the next one tries again: {}", e.toString());
        }
    }
}
