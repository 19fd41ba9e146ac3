package vn.antq.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request-size limits.
 *
 * @param maxBodySize   {@code antq.web.max-body-size}: largest request body (default 1MB)
 * @param maxImportSize {@code antq.web.max-import-size}: largest body for a path ending in {@code /import}
 *                      or a multipart upload (default 20MB); also the multipart file and request limits
 */
@ConfigurationProperties("antq.web")
public record KitWebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("20MB") DataSize maxImportSize) {
}
