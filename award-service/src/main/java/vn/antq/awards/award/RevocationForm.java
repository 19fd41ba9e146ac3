package vn.antq.awards.award;

/** A revocation (thu hồi) as submitted: why the award is taken back. */
public record RevocationForm(String reason) {
}
