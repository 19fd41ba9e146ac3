package vn.antq.models.report;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.recording.period.PeriodKey;
import vn.antq.kit.recording.period.PeriodRecords;

/**
 * Models' reports as units report them: a unit's period holds the reports of its agency's models at the unit whose
 * own period ends in it (a quarter's report belongs to the month, or quarter, of its last day).
 */
@Component
public class ModelReportPeriods implements PeriodRecords {

    private final MongoTemplate mongo;

    public ModelReportPeriods(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public DataSet dataSet() {
        return DataSet.MODEL_REPORTS;
    }

    @Override
    public long count(PeriodKey key) {
        return mongo.count(Query.query(PeriodRecords.ofPeriod(key, "periodEnd")), ReportStore.COLLECTION);
    }
}
