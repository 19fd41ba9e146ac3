package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX opens cleanly in LibreOffice: converted to PDF headless (a private profile, a time limit), the PDF has the
 * motto, the document type and the figures. Where LibreOffice is not installed the test is skipped, and says so.
 * The PDFs are kept under {@code target/} to look at.
 */
class DocxLibreOfficeTest {

    @TempDir
    Path work;

    @Test
    void vietnameseConvertsToAPdfWithTheMottoAndTheFigures() throws Exception {
        String text = convert(SampleReport.konTum(Locale.forLanguageTag("vi")), "docx-report-vi");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "340.512",
                "Kon Tum, ngày 04 tháng 12 năm 2026", "Nơi nhận:");
    }

    @Test
    void englishConvertsToAPdfWithTheMottoAndTheFigures() throws Exception {
        String text = convert(SampleReport.konTum(Locale.ENGLISH), "docx-report-en");
        assertThat(text).contains("SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "REPORT", "340,512",
                "Kon Tum, 4 December 2026", "Recipients:");
    }

    /** The report's DOCX converted by LibreOffice; the PDF's text with its whitespace folded. */
    private String convert(ReviewReport report, String name) throws IOException, InterruptedException {
        Optional<Path> office = office();
        Assumptions.assumeTrue(office.isPresent(),
                "LibreOffice is not installed: no libreoffice or soffice on PATH, so the DOCX is not converted to PDF");
        Path docx = work.resolve(name + ".docx");
        Files.write(docx, DocxReport.render(report, DocxReport.Letterhead.of("POLICE")));
        Path profile = work.resolve("profile");
        Process process = new ProcessBuilder(office.get().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("office.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert the DOCX within 180 s");
        }
        Path pdf = work.resolve(name + ".pdf");
        assertThat(process.exitValue()).as(Files.readString(work.resolve("office.log"))).isZero();
        assertThat(pdf).as(Files.readString(work.resolve("office.log"))).exists();
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(pdf, target.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(docx, target.resolve(name + ".docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Optional<Path> office() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String command : List.of("libreoffice", "soffice")) {
            Optional<Path> found = Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, command))
                    .filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
