package vn.antq.portal.home;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Palette;
import vn.antq.contracts.common.Vocabulary;

/**
 * {@code GET /api/vocabulary}: the one catalogue of words for codes ({@link Vocabulary}) and the colours charts give
 * them ({@link Palette}), for the portal's pages, so that the dashboard names a code as the report and the messages do.
 */
@RestController
class VocabularyController {

    private static final Map<String, Object> BODY = body();

    @GetMapping(value = "/api/vocabulary", produces = "application/json")
    ResponseEntity<Map<String, Object>> vocabulary() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(BODY);
    }

    private static Map<String, Object> body() {
        Map<String, Object> labels = new LinkedHashMap<>();
        Vocabulary.all().forEach((dimension, codes) -> {
            Map<String, Map<String, String>> named = new LinkedHashMap<>();
            codes.forEach((code, label) -> named.put(code, words(label)));
            labels.put(dimension, named);
        });
        Map<String, Object> colours = new LinkedHashMap<>();
        colours.put(Vocabulary.AGENCY, Palette.AGENCY);
        colours.put(Vocabulary.CHANNEL, Palette.CHANNEL);
        colours.put(Vocabulary.FORM, Palette.AWARD_FORM);
        colours.put(Vocabulary.MODEL_STATUS, Palette.MODEL_STATUS);
        colours.put("spare", Palette.SPARE);
        colours.put("neutral", Palette.NEUTRAL);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("labels", labels);
        body.put("colours", colours);
        return Map.copyOf(body);
    }

    private static Map<String, String> words(Label label) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("vi", label.vi());
        words.put("en", label.en());
        return words;
    }
}
