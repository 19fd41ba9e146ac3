package vn.antq.activities.training;

import java.time.LocalDate;

/** What a list of trainings is narrowed to; null means "any". {@code from} and {@code to} bound the start date. */
public record TrainingFilter(String agency, String localityCode, LocalDate from, LocalDate to) {
}
