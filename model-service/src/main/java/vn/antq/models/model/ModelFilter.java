package vn.antq.models.model;

import vn.antq.contracts.model.ModelStatus;

/** What a list of models is narrowed to; null means "any". {@code localityCode} is a province, district or commune code. */
public record ModelFilter(String agency, String type, String localityCode, ModelStatus status) {
}
