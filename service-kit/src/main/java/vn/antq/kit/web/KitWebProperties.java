package vn.antq.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request-size limits.
 *
 * @param maxBodySize   {@code antq.web.max-body-size}: largest request body (default 1MB)
 * @param maxImportSize {@code antq.web.max-import-size}: largest body for a path ending in {@code /import}, however
 *                      it is sent (default 20MB)
 * @param maxUploadSize {@code antq.web.max-upload-size}: largest multipart upload to any other path (default: the
 *                      import limit); a service that keeps files raises it without raising the spreadsheets' limit
 */
@ConfigurationProperties("antq.web")
public record KitWebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("20MB") DataSize maxImportSize,
                               DataSize maxUploadSize) {

    public KitWebProperties {
        if (maxUploadSize == null) {
            maxUploadSize = maxImportSize;
        }
    }

    /** The larger of the two upload limits: what the servlet's multipart parser itself allows. */
    public DataSize largestUpload() {
        return maxUploadSize.compareTo(maxImportSize) > 0 ? maxUploadSize : maxImportSize;
    }
}
