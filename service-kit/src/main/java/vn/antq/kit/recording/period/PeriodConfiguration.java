package vn.antq.kit.recording.period;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.outbox.OutboxConfiguration;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.ReferenceConfiguration;
import vn.antq.kit.security.KitSecurityConfiguration;
import vn.antq.kit.security.ScopeRule;

/**
 * The units' periods, for a service that declares its {@link PeriodRecords}: {@link PeriodLocks} for its writes, the
 * steps ({@link PeriodCommands}) and {@code /api/v1/periods}. Configured by {@code antq.reporting.*}.
 */
@AutoConfiguration(after = {OutboxConfiguration.class, ReferenceConfiguration.class, KitSecurityConfiguration.class})
@ConditionalOnBean(PeriodRecords.class)
@EnableConfigurationProperties(ReportingProperties.class)
public class PeriodConfiguration {

    @Bean
    PeriodStore periodStore(MongoTemplate mongo) {
        return new PeriodStore(mongo);
    }

    @Bean
    PeriodProblems periodProblems(Gazetteer gazetteer) {
        return new PeriodProblems(gazetteer);
    }

    @Bean
    public PeriodLocks periodLocks(PeriodStore store, PeriodRecords records, ReportingProperties properties, Clock clock,
                                   PeriodProblems problems) {
        return new PeriodLocks(store, records.dataSet(), properties, clock, problems);
    }

    @Bean
    RecordCounts periodRecordCounts(MongoTemplate mongo, PeriodRecords records) {
        return new RecordCounts(mongo, records);
    }

    @Bean
    public PeriodCommands periodCommands(PeriodStore store, OutboxRelay relay, PeriodRecords records,
                                         RecordCounts counts, PeriodLocks locks, PeriodProblems problems,
                                         ReportingProperties properties, Gazetteer gazetteer, Agencies agencies,
                                         OutboxProperties outbox, Clock clock) {
        return new PeriodCommands(store, relay, records, counts, locks, problems, properties, gazetteer, agencies,
                outbox.getSource(), clock);
    }

    @Bean
    public PeriodHistory periodHistory(PeriodCommands commands, PeriodStore store, RecordCounts counts,
                                       OutboxRelay relay, ReportingProperties properties, OutboxProperties outbox,
                                       Clock clock) {
        return new PeriodHistory(commands, store, counts, relay, properties, outbox.getSource(), clock);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    PeriodController periodController(PeriodCommands commands, PeriodHistory history, ScopeRule scopeRule) {
        return new PeriodController(commands, history, scopeRule);
    }
}
