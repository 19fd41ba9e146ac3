package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The media type is found from the content alone, and only the library's types are taken. */
class MaterialMediaTypesTest {

    final MaterialMediaTypes mediaTypes = new MaterialMediaTypes();

    String detect(byte[] bytes) throws IOException {
        return mediaTypes.detect(() -> new ByteArrayInputStream(bytes));
    }

    @Test
    void documentsAndImagesByTheirMagicBytes() throws IOException {
        assertThat(detect(Samples.pdf("Phong chong lua dao"))).isEqualTo(MaterialMediaTypes.PDF);
        assertThat(detect(Samples.image("png"))).isEqualTo(MaterialMediaTypes.PNG);
        assertThat(detect(Samples.image("jpg"))).isEqualTo(MaterialMediaTypes.JPEG);
    }

    @Test
    void officeFilesByThePartsInsideTheirZip() throws IOException {
        assertThat(detect(Samples.pptx())).isEqualTo(MaterialMediaTypes.PPTX);
        assertThat(detect(Samples.docx())).isEqualTo(MaterialMediaTypes.DOCX);
        assertThat(detect(Samples.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect(Samples.zip("[Content_Types].xml", "ppt/presentation.xml", "ppt/vbaProject.bin")))
                .as("macros").isEqualTo("application/vnd.ms-powerpoint.presentation.macroenabled.12");
        assertThat(detect(Samples.zip("ppt/presentation.xml"))).as("no [Content_Types].xml").isEqualTo("application/zip");
        assertThat(detect(Samples.zip("bao-cao.txt"))).isEqualTo("application/zip");
    }

    @Test
    void videoAndAudio() throws IOException {
        assertThat(detect(Samples.isoMedia("isom", "isom", "iso2", "avc1", "mp41"))).as("ffmpeg's brands")
                .isEqualTo(MaterialMediaTypes.MP4);
        assertThat(detect(Samples.isoMedia("mp42", "isom"))).isEqualTo(MaterialMediaTypes.MP4);
        assertThat(detect(Samples.isoMedia("qt  ", "qt  "))).isEqualTo("video/quicktime");
        assertThat(detect(Samples.isoMedia("XYZW", "isom"))).as("an MP4 compatible brand").isEqualTo(MaterialMediaTypes.MP4);
        assertThat(detect(Samples.isoMedia("M4A ", "M4A ", "mp42", "isom"))).isEqualTo(MaterialMediaTypes.M4A);
        assertThat(detect(Samples.mp3())).isEqualTo(MaterialMediaTypes.MP3);
        assertThat(detect(Samples.wav())).isEqualTo(MaterialMediaTypes.WAV);
        assertThat(detect(Samples.ogg("\u0001vorbis"))).isEqualTo(MaterialMediaTypes.OGG);
        assertThat(detect(Samples.ogg("OpusHead"))).isEqualTo(MaterialMediaTypes.OGG);
    }

    @Test
    void whatTheLibraryDoesNotTakeIsNamedByWhatItIs() throws IOException {
        String text = detect("Tài liệu tuyên truyền\n".getBytes(StandardCharsets.UTF_8));
        String html = detect("<html><body>Tài liệu</body></html>".getBytes(StandardCharsets.UTF_8));
        String exe = detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});

        assertThat(text).isEqualTo("text/plain");
        assertThat(html).isEqualTo("text/html");
        assertThat(exe).isEqualTo("application/x-msdownload");
        assertThat(MaterialMediaTypes.isAllowed(text)).isFalse();
        assertThat(MaterialMediaTypes.isAllowed(html)).isFalse();
        assertThat(MaterialMediaTypes.isAllowed("video/quicktime")).isFalse();
        assertThat(MaterialMediaTypes.isAllowed(MaterialMediaTypes.DOCX)).isTrue();
        assertThat(MaterialMediaTypes.allowedNames()).isEqualTo("PDF, JPEG, PNG, MP4, MP3, M4A, WAV, OGG, PPTX, DOCX");
    }
}
