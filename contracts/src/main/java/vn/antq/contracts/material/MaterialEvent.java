package vn.antq.contracts.material;

import static vn.antq.contracts.common.Invariants.distinctTexts;
import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * An official outreach material of the library (tài liệu tuyên truyền chính thống) after a change: issued (version
 * 1), revised (a new edition, a new file, corrected words), or withdrawn ({@code withdrawn} true: no longer current,
 * e.g. replaced by a newer material). Every change re-sends the whole material with the next version.
 *
 * @param agency    the issuing agency
 * @param locality  the issuing unit: a province, district or commune, in the structure in force on {@code issuedOn}
 * @param topics    what it is about, at least one
 * @param languages the languages it is written or spoken in, at least one, distinct
 * @param edition   how the issuer names this edition, e.g. "2024" or "Tái bản lần 2"
 * @param file      the file kept in the library, when there is one
 * @param link      where it is published online, when it is (https only)
 * @param withdrawn true once it is no longer a current official material
 */
public record MaterialEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String agency,
        Locality locality,
        String title,
        MaterialKind kind,
        List<String> topics,
        List<MaterialLanguage> languages,
        String edition,
        LocalDate issuedOn,
        MaterialFile file,
        String link,
        boolean withdrawn) implements EventBody {

    /** An https address of at most 2,000 characters, with no spaces. */
    public static final Pattern LINK = Pattern.compile("https://[^\\s]{1,1990}");

    /**
     * The file of a material as the library keeps it.
     *
     * @param fileId    the library's id of the stored file (a new file gets a new id)
     * @param fileName  the name it was uploaded with
     * @param mediaType its media type, as the library found it from the content
     * @param size      its size in bytes, at least 1
     * @param sha256    its SHA-256, 64 lower-case hex digits
     */
    public record MaterialFile(String fileId, String fileName, String mediaType, long size, String sha256) {

        private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

        public MaterialFile {
            requireText(fileId, "file.fileId");
            requireText(fileName, "file.fileName");
            requireText(mediaType, "file.mediaType");
            if (size < 1) {
                throw new IllegalArgumentException("file.size must be >= 1 but was " + size);
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("file.sha256 must be 64 lower-case hex digits");
            }
        }
    }

    public MaterialEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireAgencyCode(agency, "agency");
        require(locality, "locality");
        requireText(title, "title");
        require(kind, "kind");
        topics = distinctTexts(topics, "topics");
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("topics must name at least one topic");
        }
        require(languages, "languages").forEach(language -> require(language, "languages[]"));
        languages = List.copyOf(languages);
        if (languages.isEmpty() || new HashSet<>(languages).size() != languages.size()) {
            throw new IllegalArgumentException("languages must name at least one language, each once");
        }
        requireText(edition, "edition");
        require(issuedOn, "issuedOn");
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("link must be an https address without spaces");
        }
        if (file == null && link == null) {
            throw new IllegalArgumentException("a material has a file, a link or both");
        }
    }
}
