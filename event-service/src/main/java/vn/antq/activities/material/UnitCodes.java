package vn.antq.activities.material;

import jakarta.validation.constraints.NotNull;

import vn.antq.activities.place.Units;

/**
 * An administrative unit as submitted (a province, district or commune by its codes); the gazetteer decides whether
 * it exists on the day that matters (a material's issue, a distribution's receipt).
 */
public record UnitCodes(
        @NotNull String province,
        String district,
        String commune) implements Units.Codes {
}
