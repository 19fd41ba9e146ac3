package vn.antq.models.model;

import java.time.LocalDate;
import java.util.Objects;

import vn.antq.contracts.common.Locality;

/**
 * Where a model was before it was re-homed after the 2025 reorganisation (đơn vị hành chính trước sắp xếp), and
 * the last day it was there. The model keeps it in its history; its reports for periods up to that day stay there.
 */
public record FormerLocality(Locality locality, LocalDate until) {

    public FormerLocality {
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(until, "until");
    }
}
