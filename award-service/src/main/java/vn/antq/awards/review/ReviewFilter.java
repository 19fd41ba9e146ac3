package vn.antq.awards.review;

import java.time.LocalDate;

import vn.antq.contracts.review.ReviewKind;

/**
 * What a list of reviews is narrowed to; null means "any".
 *
 * @param agency       an agency that held it, alone or jointly
 * @param localityCode a province, district or commune code the review's locality lies in
 * @param heldFrom     held on or after
 * @param heldTo       held on or before
 */
public record ReviewFilter(String agency, String localityCode, ReviewKind kind, LocalDate heldFrom, LocalDate heldTo) {
}
