package vn.antq.activities.material;

import vn.antq.activities.place.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;

/**
 * The library's files, in MongoDB GridFS (bucket {@value #BUCKET}: collections {@code materialFiles.files} and
 * {@code materialFiles.chunks}). A file is kept only when it is no larger than {@code antq.materials.max-file-size}
 * (else 413) and of a type the library takes, found from its content (else 415 naming the type found): nothing is
 * stored otherwise. Its size and SHA-256 are computed while it is stored; each file records the material it belongs
 * to, and a replaced file stays as history.
 */
public class MaterialFiles {

    public static final String BUCKET = "materialFiles";

    /** A file's name is kept to this many characters (its extension kept). */
    static final int MAX_NAME_LENGTH = 255;

    private static final int BUFFER = 64 * 1024;

    private final GridFSBucket bucket;
    private final MongoTemplate mongo;
    private final long maxFileSize;
    private final MaterialMediaTypes mediaTypes = new MaterialMediaTypes();

    public MaterialFiles(GridFSBucket bucket, MongoTemplate mongo, long maxFileSize) {
        this.bucket = bucket;
        this.mongo = mongo;
        this.maxFileSize = maxFileSize;
    }

    /** A stored file, opened for reading: close {@code content}. */
    public record Download(String fileId, String fileName, String mediaType, long size, InputStream content) {
    }

    /** Whether a multipart part carries a file: a browser's empty file field sends an empty part without a name. */
    public static boolean isPresent(MultipartFile upload) {
        return upload != null && !(upload.isEmpty() && Units.trimmed(upload.getOriginalFilename()) == null);
    }

    /**
     * Checks the upload (not empty, not too large, a type the library takes) and stores it as a file of
     * {@code materialId}; the SHA-256 and size are those of the bytes stored. Nothing is stored when it is refused.
     */
    public MaterialEvent.MaterialFile store(String materialId, MultipartFile upload) {
        if (upload.isEmpty()) {
            throw ApiException.badRequest(FieldProblem.coded("file", "material.file.empty"));
        }
        if (upload.getSize() > maxFileSize) {
            throw tooLarge();
        }
        String mediaType;
        try {
            mediaType = mediaTypes.detect(upload::getInputStream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!MaterialMediaTypes.isAllowed(mediaType)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Text.code("material.file.unsupported", mediaType, MaterialMediaTypes.allowedNames()), List.of(),
                    Map.of("mediaType", mediaType), HttpHeaders.EMPTY);
        }
        String fileName = fileName(upload.getOriginalFilename(), mediaType);
        GridFSUploadOptions options = new GridFSUploadOptions()
                .metadata(new Document("materialId", materialId).append("mediaType", mediaType));
        GridFSUploadStream out = bucket.openUploadStream(fileName, options);
        MessageDigest sha256 = sha256();
        long size = 0;
        boolean stored = false;
        try (InputStream in = upload.getInputStream()) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxFileSize) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw ApiException.badRequest(FieldProblem.coded("file", "material.file.empty"));
            }
            out.close();
            stored = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!stored) {
                abort(out);
            }
        }
        return new MaterialEvent.MaterialFile(out.getObjectId().toHexString(), fileName, mediaType, size,
                HexFormat.of().formatHex(sha256.digest()));
    }

    /** Deletes the chunks written so far of a file that is not kept. */
    private static void abort(GridFSUploadStream out) {
        try {
            out.abort();
        } catch (MongoGridFSException alreadyClosed) {
            // closed while failing: the file is deleted below by whoever sees the failure
        }
    }

    /** The file {@code fileId} of the material, opened; empty when there is no such file of that material. */
    public Optional<Download> open(String materialId, String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ObjectId id = new ObjectId(fileId);
        GridFSFile file = bucket.find(Filters.and(Filters.eq("_id", id), Filters.eq("metadata.materialId", materialId)))
                .first();
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata();
        String mediaType = metadata == null ? null : metadata.getString("mediaType");
        return Optional.of(new Download(fileId, file.getFilename(),
                mediaType == null ? "application/octet-stream" : mediaType, file.getLength(),
                bucket.openDownloadStream(id)));
    }

    /** Deletes a stored file (one whose material was not written after all); a file already gone is no error. */
    public void delete(String fileId) {
        try {
            bucket.delete(new ObjectId(fileId));
        } catch (MongoGridFSException gone) {
            // nothing to delete
        }
    }

    /** Files in the library (every version of every material), for operators and tests. */
    public long count() {
        return mongo.getCollection(BUCKET + ".files").countDocuments();
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                Text.code("material.file.too-large", readable(maxFileSize)), List.of(),
                Map.of("maxFileSize", maxFileSize), HttpHeaders.EMPTY);
    }

    /**
     * The name a file is kept under: the last segment of the uploaded name (browsers may send a whole path), without
     * control or broken characters, in Unicode NFC, at most {@value #MAX_NAME_LENGTH} characters with its extension
     * kept; a file sent without a name is {@code tai-lieu} with the extension of its type.
     */
    static String fileName(String uploaded, String mediaType) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .forEach(kept::appendCodePoint);
        name = Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).replaceAll(" {2,}", " ").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "tai-lieu" + MaterialMediaTypes.extension(mediaType);
        }
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_NAME_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }

    /** "50 MB", "512 KB" or "900 bytes", for the message. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
