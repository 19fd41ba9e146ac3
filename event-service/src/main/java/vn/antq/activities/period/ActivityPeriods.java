package vn.antq.activities.period;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.recording.period.PeriodKey;
import vn.antq.kit.recording.period.PeriodRecords;

/**
 * Activities as units report them: a unit's period holds the activities of the agency that start in the period at the
 * unit itself (a commune's; a district's or the province's own, with no commune or district below).
 */
@Component
public class ActivityPeriods implements PeriodRecords {

    private final MongoTemplate mongo;

    public ActivityPeriods(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public DataSet dataSet() {
        return DataSet.ACTIVITIES;
    }

    @Override
    public long count(PeriodKey key) {
        return mongo.count(Query.query(PeriodRecords.ofPeriod(key, "startDate").and("status").is(ActivityStatus.RECORDED.name())), ActivityStore.COLLECTION);
    }
}
