package vn.antq.awards.award;

import jakarta.validation.constraints.NotNull;

/** A revocation (thu hồi) as submitted: why the award is taken back. */
public record RevocationForm(@NotNull String reason) {
}
