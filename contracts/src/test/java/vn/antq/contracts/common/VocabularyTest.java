package vn.antq.contracts.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The catalogue against its golden list ({@code vocabulary-golden.tsv}: dimension, code, Vietnamese, English): adding,
 * renaming or rewording a label is a change someone reviews in that file, and a code without a label cannot pass.
 */
class VocabularyTest {

    /** A code (VILLAGE_MEETING) or a camelCase key (participationsPerActivity): never a word a person reads. */
    static final Pattern CODE_OR_KEY = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b");

    @Test
    void theCatalogueIsTheGoldenList() throws IOException {
        List<String> actual = lines();
        List<String> golden = List.of();
        try (InputStream in = VocabularyTest.class.getResourceAsStream("/vocabulary-golden.tsv")) {
            if (in != null) {
                golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#")).toList();
            }
        }
        if (!actual.equals(golden)) {
            Path written = Path.of("target", "vocabulary-actual.tsv");
            Files.createDirectories(written.getParent());
            Files.write(written, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("the catalogue (written to target/vocabulary-actual.tsv) against src/test/resources/vocabulary-golden.tsv")
                .containsExactlyElementsOf(golden);
    }

    @Test
    void everyLabelIsWordsInBothLanguagesNeverACode() {
        Vocabulary.all().forEach((dimension, codes) -> codes.forEach((code, label) -> {
            assertThat(label.vi()).as(dimension + "/" + code + " vi").isNotBlank().doesNotMatch(".*" + CODE_OR_KEY.pattern() + ".*");
            assertThat(label.en()).as(dimension + "/" + code + " en").isNotBlank().doesNotMatch(".*" + CODE_OR_KEY.pattern() + ".*");
            assertThat(label.vi()).as(dimension + "/" + code).isNotEqualTo(code);
        }));
    }

    @Test
    void enumsAndKnownReferenceDataAreAllInTheCatalogue() {
        LabelsTest.everyLabelled().forEach(labelled -> assertThat(Vocabulary.all().values().stream()
                .anyMatch(codes -> codes.containsValue(labelled.label()))).as(labelled.toString()).isTrue());
        KnownModelTypes.ALL.forEach(type -> assertThat(Vocabulary.find(Vocabulary.MODEL_TYPE, type.code())).contains(type.label()));
    }

    @Test
    void aCodeIsNamedInTheReadersLanguageAndAnUnknownOneStaysAsItIs() {
        assertThat(Vocabulary.label(Vocabulary.MODEL_TYPE, "MEDIATION_TEAM", Locale.forLanguageTag("vi"))).isEqualTo("Tổ hòa giải");
        assertThat(Vocabulary.label(Vocabulary.MODEL_TYPE, "MEDIATION_TEAM", Locale.ENGLISH)).isEqualTo("Mediation team");
        assertThat(Vocabulary.label(Vocabulary.AGENCY, "YOUTH_UNION", Locale.ENGLISH)).isEqualTo("YOUTH_UNION");
        assertThat(Vocabulary.find(Vocabulary.SEVERITY, "NONE")).isEmpty();
    }

    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, Label>> dimension : Vocabulary.all().entrySet()) {
            dimension.getValue().forEach((code, label) -> lines.add(String.join("\t", dimension.getKey(), code, label.vi(), label.en())));
        }
        return lines;
    }
}
