package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** Which limit a request gets: a spreadsheet import keeps its own, whatever a service allows file uploads. */
class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(20), DataSize.ofMegabytes(51), null);

    @Test
    void anImportKeepsTheImportLimitAlsoWhenSentAsAMultipartForm() {
        assertThat(filter.limitOf(request("/api/v1/activities/import", "text/csv"))).isEqualTo(20L << 20);
        assertThat(filter.limitOf(request("/api/v1/activities/import", "multipart/form-data; boundary=x")))
                .isEqualTo(20L << 20);
    }

    @Test
    void aMultipartUploadElsewhereGetsTheUploadLimit() {
        assertThat(filter.limitOf(request("/api/v1/materials", "Multipart/Form-Data; boundary=x")))
                .isEqualTo(51L << 20);
    }

    @Test
    void everyOtherBodyGetsTheBodyLimit() {
        assertThat(filter.limitOf(request("/api/v1/materials", "application/json"))).isEqualTo(1L << 20);
        assertThat(filter.limitOf(request("/api/v1/activities", null))).isEqualTo(1L << 20);
    }

    @Test
    void withoutAnUploadLimitUploadsGetTheImportLimit() {
        KitWebProperties defaults = new KitWebProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(20), null);

        assertThat(defaults.maxUploadSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(new KitWebProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(20), DataSize.ofMegabytes(51))
                .largestUpload()).isEqualTo(DataSize.ofMegabytes(51));
    }

    private static MockHttpServletRequest request(String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        return request;
    }
}
