package vn.antq.activities.period;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.recording.period.PeriodRecords;

/**
 * Activities as units report them: a unit's period holds the activities of the agency that start in the period at the
 * unit itself (a commune's; a district's or the province's own, with no commune or district below).
 */
@Component
public class ActivityPeriods implements PeriodRecords {

    @Override
    public DataSet dataSet() {
        return DataSet.ACTIVITIES;
    }

    @Override
    public String collection() {
        return ActivityStore.COLLECTION;
    }

    @Override
    public String dateField() {
        return "startDate";
    }

    @Override
    public Document counted() {
        return new Document("status", ActivityStatus.RECORDED.name());
    }
}
