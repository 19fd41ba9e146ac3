package vn.antq.models.report;

import org.springframework.stereotype.Component;
import vn.antq.contracts.period.DataSet;
import vn.antq.kit.recording.period.PeriodRecords;

/**
 * Models' reports as units report them: a unit's period holds the reports of its agency's models at the unit whose
 * own period ends in it (a quarter's report belongs to the month, or quarter, of its last day).
 */
@Component
public class ModelReportPeriods implements PeriodRecords {

    @Override
    public DataSet dataSet() {
        return DataSet.MODEL_REPORTS;
    }

    @Override
    public String collection() {
        return ReportStore.COLLECTION;
    }

    @Override
    public String dateField() {
        return "periodEnd";
    }
}
