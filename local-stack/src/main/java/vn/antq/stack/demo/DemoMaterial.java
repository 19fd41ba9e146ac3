package vn.antq.stack.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * An official outreach material of the demo's library, as recorded through {@code POST /api/v1/materials} by its
 * issuing agency, with the units that received it. Its title names it: no two are alike.
 *
 * @param fileName  the name of the PDF the demo makes for it, or null for a material published by link only
 * @param withdrawn whether it was withdrawn (replaced by a newer material) after it had been distributed
 */
public record DemoMaterial(String key, String agency, String title, String kind, List<String> topics,
                           List<String> languages, String edition, LocalDate issuedOn, String link, String fileName,
                           boolean withdrawn, List<Distribution> distributions) {

    /**
     * Copies, the file or the link received by one commune on a day.
     *
     * @param digital whether the file or the link was received
     */
    public record Distribution(String district, String commune, LocalDate receivedOn, long copies, boolean digital) {
    }

    public DemoMaterial {
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        distributions = List.copyOf(distributions);
    }
}
