package vn.antq.activities.material;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The materials library's settings.
 *
 * @param maxFileSize {@code antq.materials.max-file-size}: the largest file the library keeps (default 50MB). An upload
 *                    is a multipart request, which the kit's body-size limit ({@code antq.web.max-upload-size}) caps
 *                    first: above that, the kit answers 413 before the library sees the file.
 */
@ConfigurationProperties("antq.materials")
public record MaterialsProperties(@DefaultValue("50MB") DataSize maxFileSize) {
}
