package vn.antq.kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

class MongoTimeoutConfigurationTest {

    private final MongoTimeoutConfiguration.ServerSelectionTimeout fiveSeconds =
            new MongoTimeoutConfiguration.ServerSelectionTimeout(Duration.ofSeconds(5));

    @Test
    void aWriteWaitsFiveSecondsForADatabaseThatIsAwayNotTheDriversThirty() {
        MongoClientSettings.Builder settings = MongoClientSettings.builder();
        fiveSeconds.customize(settings);
        settings.applyConnectionString(new ConnectionString("mongodb://localhost:27017"));

        assertThat(settings.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5_000);
    }

    @Test
    void aTimeoutInTheConnectionStringStillWins() {
        MongoClientSettings.Builder settings = MongoClientSettings.builder();
        fiveSeconds.customize(settings);
        settings.applyConnectionString(new ConnectionString("mongodb://localhost:27017/?serverSelectionTimeoutMS=12000"));

        assertThat(settings.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(12_000);
    }

    @Test
    void itRunsBeforeBootAppliesTheConnectionString() {
        assertThat(fiveSeconds.getOrder()).isLessThan(0);
    }
}
