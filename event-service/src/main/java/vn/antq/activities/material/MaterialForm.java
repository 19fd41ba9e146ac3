package vn.antq.activities.material;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;

/**
 * What the issuing agency says about a material, as submitted (the JSON part {@code material} of an upload, or the
 * body of a revision): any field may be missing or wrong until {@link MaterialValidation} has checked it. The issuing
 * agency is the caller's own; the file, when there is one, comes in its own part.
 *
 * @param locality the issuing unit, in force on {@code issuedOn}
 * @param edition  how the issuer names this edition, e.g. "2024" or "Tái bản lần 2"
 * @param link     where it is published online (https), when it is; needed when the material has no file
 */
public record MaterialForm(
        @NotNull String title,
        @NotNull MaterialKind kind,
        @NotNull List<String> topics,
        @NotNull List<MaterialLanguage> languages,
        @NotNull String edition,
        @NotNull LocalDate issuedOn,
        @NotNull UnitCodes locality,
        String link) {
}
