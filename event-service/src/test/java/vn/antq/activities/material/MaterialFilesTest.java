package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a file is kept under: what the user called it, without paths or broken characters, never empty. */
class MaterialFilesTest {

    @Test
    void theNameIsTheLastSegmentWithoutControlCharactersInNfc() {
        assertThat(MaterialFiles.fileName("C:\\Users\\lan\\Tờ rơi  lừa đảo.pdf", "application/pdf"))
                .isEqualTo("Tờ rơi lừa đảo.pdf");
        assertThat(MaterialFiles.fileName("../../etc/passwd", "application/pdf")).isEqualTo("passwd");
        assertThat(MaterialFiles.fileName("a\u0000b\nc.pdf", "application/pdf")).isEqualTo("ab c.pdf");
        // "ờ" as o + combining horn + combining grave becomes one character.
        assertThat(MaterialFiles.fileName("To\u031b\u0300 ro\u031b\u0300i.pdf", "application/pdf"))
                .isEqualTo("Tờ rời.pdf");
    }

    @Test
    void aNamelessFileIsCalledTaiLieuWithItsTypesExtensionAndALongNameKeepsItsExtension() {
        assertThat(MaterialFiles.fileName(null, "application/pdf")).isEqualTo("tai-lieu.pdf");
        assertThat(MaterialFiles.fileName("  ", MaterialMediaTypes.PPTX)).isEqualTo("tai-lieu.pptx");
        assertThat(MaterialFiles.fileName("folder/", "image/png")).isEqualTo("tai-lieu.png");

        String kept = MaterialFiles.fileName("ả".repeat(300) + ".docx", MaterialMediaTypes.DOCX);
        assertThat(kept).endsWith("ả.docx");
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(MaterialFiles.MAX_NAME_LENGTH);
    }

    @Test
    void limitsAreWrittenAsPeopleReadThem() {
        assertThat(MaterialFiles.readable(50L * 1024 * 1024)).isEqualTo("50 MB");
        assertThat(MaterialFiles.readable(16 * 1024)).isEqualTo("16 KB");
        assertThat(MaterialFiles.readable(1000)).isEqualTo("1000 bytes");
    }
}
