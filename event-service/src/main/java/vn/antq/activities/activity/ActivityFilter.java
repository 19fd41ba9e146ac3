package vn.antq.activities.activity;

import java.time.LocalDate;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;

/** What a list of activities is narrowed to; null means "any". */
public record ActivityFilter(String agency, String localityCode, LocalDate from, LocalDate to, ActivityKind kind,
                             ActivityStatus status) {
}
