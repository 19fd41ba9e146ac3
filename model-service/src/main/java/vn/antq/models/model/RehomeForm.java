package vn.antq.models.model;

import jakarta.validation.constraints.NotNull;

/**
 * A re-homing as submitted: the 2025 commune the model moves to, and optionally its province (which must then be
 * the commune's).
 */
public record RehomeForm(String province, @NotNull String commune) {
}
