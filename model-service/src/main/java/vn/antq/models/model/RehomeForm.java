package vn.antq.models.model;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A re-homing as submitted: the 2025 commune the model moves to, and optionally its province (which must then be
 * the commune's).
 */
public record RehomeForm(String province, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String commune) {
}
