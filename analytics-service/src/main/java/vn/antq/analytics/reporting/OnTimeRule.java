package vn.antq.analytics.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antq.analytics.reporting.on-time-day}: a report is on time when it was first submitted (Vietnam date) at the
 * latest on this day of the month after its period ends (5 by default: a May report by 5 June). Applied when asked,
 * to the days the projection keeps, so changing it needs no rebuild.
 */
@ConfigurationProperties("antq.analytics.reporting")
public record OnTimeRule(@DefaultValue("5") int onTimeDay) {

    public OnTimeRule {
        if (onTimeDay < 1 || onTimeDay > 28) {
            throw new IllegalArgumentException("antq.analytics.reporting.on-time-day must be from 1 to 28");
        }
    }

    /**
     * Whether a report first submitted this many days after its period's last day is on time: the period ends on a
     * month's last day, so day {@code n} of the next month is {@code n} days after it.
     */
    public boolean isOnTime(long daysAfterPeriodEnd) {
        return daysAfterPeriodEnd <= onTimeDay;
    }
}
