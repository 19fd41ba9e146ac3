package vn.antq.activities.material;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.gazetteer.AdminPath;

/**
 * A material as the API shows it, with the Vietnamese name of its issuing unit and where to download its file.
 *
 * @param file        the file the library keeps, or null when the material is only published at its link
 * @param withdrawnAt when it was withdrawn, or null while it is current
 */
public record MaterialView(
        String id,
        long version,
        String agency,
        Locality locality,
        String localityName,
        String title,
        MaterialKind kind,
        List<String> topics,
        List<MaterialLanguage> languages,
        String edition,
        LocalDate issuedOn,
        FileView file,
        String link,
        boolean withdrawn,
        Instant withdrawnAt,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt) {

    /**
     * The file of a material.
     *
     * @param mediaType as the library found it from the content
     * @param size      bytes
     * @param download  the address that gives its bytes
     */
    public record FileView(String fileId, String fileName, String mediaType, long size, String sha256,
                           String download) {
    }

    static MaterialView of(Material material, AdminPath place) {
        MaterialDetails d = material.details();
        var file = material.file();
        FileView fileView = file == null ? null : new FileView(file.fileId(), file.fileName(), file.mediaType(),
                file.size(), file.sha256(), MaterialController.PATH + "/" + material.id() + "/file");
        return new MaterialView(material.id(), material.version(), d.agency(), d.locality(),
                place == null ? null : place.displayName(), d.title(), d.kind(), d.topics(), d.languages(),
                d.edition(), d.issuedOn(), fileView, d.link(), material.withdrawn(), material.withdrawnAt(),
                material.recordedBy(), material.recordedAt(), material.updatedAt());
    }
}
