package vn.antq.analytics.query;

import org.bson.Document;

import vn.antq.analytics.dimension.Place;

/**
 * Whose rows an answer reads, as the kit's {@link vn.antq.kit.security.ScopeRule} decided it for the caller
 * ({@link Structures#scopeOf} asks it): this record holds the outcome and puts it into a query; it decides nothing.
 *
 * @param agency   the agency whose rows to keep; null for all
 * @param locality a province, district or commune code whose rows to keep; null for everywhere
 */
public record ReadScope(String agency, String locality) {

    /** Adds the scope's conditions to a {@code $match}: the agency field, and the locality's level field. */
    public Document addTo(Document match, String agencyField) {
        return addTo(match, agencyField, "");
    }

    /** As {@link #addTo(Document, String)}, for cells whose locality fields sit under {@code localityPrefix}. */
    public Document addTo(Document match, String agencyField, String localityPrefix) {
        if (agency != null) {
            match.append(agencyField, agency);
        }
        if (locality != null) {
            match.append(localityPrefix + localityField(locality), locality);
        }
        return match;
    }

    /** The cell field that holds codes of this code's level: province, district or commune. */
    public static String localityField(String code) {
        return switch (code.length()) {
            case 2 -> Place.PROVINCE;
            case 3 -> Place.DISTRICT;
            default -> Place.COMMUNE;
        };
    }
}
