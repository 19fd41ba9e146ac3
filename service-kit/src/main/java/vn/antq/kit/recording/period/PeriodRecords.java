package vn.antq.kit.recording.period;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.query.Criteria;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.period.DataSet;

/**
 * A service's records as units report them: which data set, and how many records a unit's period holds. A service
 * that declares this bean gets the periods' endpoints ({@code /api/v1/periods}) and {@link PeriodLocks}.
 */
public interface PeriodRecords {

    DataSet dataSet();

    /** The records of the unit's period that count (an activity not cancelled; a model's report). */
    long count(PeriodKey key);

    /**
     * Records of the key's agency, dated ({@code dateField}, an ISO date) within its period, kept at the unit itself in
     * a {@code locality} field: a commune's; a district's or the province's own, with no unit below it.
     */
    static Criteria ofPeriod(PeriodKey key, String dateField) {
        Locality unit = key.unit();
        Criteria criteria = where("agency").is(key.agency())
                .and(dateField).gte(key.period().start().toString()).lte(key.period().end().toString());
        if (unit.commune() != null) {
            return criteria.and("locality.commune").is(unit.commune());
        }
        if (unit.district() != null) {
            return criteria.and("locality.district").is(unit.district()).and("locality.commune").is(null);
        }
        return criteria.and("locality.province").is(unit.province()).and("locality.district").is(null)
                .and("locality.commune").is(null);
    }
}
