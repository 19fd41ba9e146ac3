package vn.antq.awards.award;

import io.swagger.v3.oas.annotations.media.Schema;

/** A revocation (thu hồi) as submitted: why the award is taken back. */
public record RevocationForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
}
