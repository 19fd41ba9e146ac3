package vn.antq.kit.reference;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.gazetteer.Gazetteer;

/** Reference data every service needs: agencies, the gazetteer and the clock. */
@AutoConfiguration
@EnableConfigurationProperties(ReferenceConfiguration.AgencyProperties.class)
public class ReferenceConfiguration {

    /**
     * {@code antq.agencies}: a list of {code, labelVi, labelEn}; empty means the four agencies
     * of the movement (POLICE, WOMEN_UNION, VETERANS, FARMERS).
     */
    @ConfigurationProperties("antq")
    public record AgencyProperties(List<KnownAgencies.Agency> agencies) {
    }

    @Bean
    @ConditionalOnMissingBean
    Agencies agencies(AgencyProperties properties) {
        List<KnownAgencies.Agency> configured = properties.agencies();
        return new Agencies(configured == null || configured.isEmpty() ? KnownAgencies.ALL : configured);
    }

    @Bean
    @ConditionalOnMissingBean
    Gazetteer gazetteer() {
        return Gazetteer.official();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
