package vn.antq.kit.recording.period;

import java.util.Objects;

import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodEvent;

/**
 * One unit's report of one period: what a record belongs to, and what is submitted and approved. The unit is the
 * record's most specific place (its commune; a district's or the province's own records: the district, the province),
 * in the structure the record's date lies in.
 */
public record PeriodKey(DataSet dataSet, String agency, Locality unit, ReportPeriod period) implements Comparable<PeriodKey> {

    public PeriodKey {
        Objects.requireNonNull(dataSet, "dataSet");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
    }

    /** {@code ACTIVITIES:WOMEN_UNION:23284:2024-05}. */
    public String id() {
        return PeriodEvent.idOf(dataSet, agency, unitCode(), period.code());
    }

    public String unitCode() {
        return unit.mostSpecificCode();
    }

    /** The level of the unit that reports: its commune, its district or its province. */
    public Level level() {
        return unit.commune() != null ? Level.COMMUNE : unit.district() != null ? Level.DISTRICT : Level.PROVINCE;
    }

    /** Keys are taken in one order, so that two writes on the same periods never wait on each other in turn. */
    @Override
    public int compareTo(PeriodKey other) {
        return id().compareTo(other.id());
    }
}
