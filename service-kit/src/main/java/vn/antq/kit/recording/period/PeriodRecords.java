package vn.antq.kit.recording.period;

import org.bson.Document;
import vn.antq.contracts.period.DataSet;

/**
 * A service's records as units report them: which data set, where the records are and which of them count. A
 * service that declares this bean gets the periods' endpoints ({@code /api/v1/periods}) and {@link PeriodLocks}.
 * A unit's period holds the records of the key's agency dated ({@link #dateField()}, an ISO date) within the period
 * and kept at the unit itself in a {@code locality} field: a commune's; a district's or the province's own, with no
 * unit below it ({@link RecordCounts}).
 */
public interface PeriodRecords {

    DataSet dataSet();

    /** The collection that holds the records. */
    String collection();

    /** The ISO-date field that places a record in a period. */
    String dateField();

    /** What else a record must be to count (an activity not cancelled); empty when every record counts. */
    default Document counted() {
        return new Document();
    }
}
