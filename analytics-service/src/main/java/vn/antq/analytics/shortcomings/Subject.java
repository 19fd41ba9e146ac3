package vn.antq.analytics.shortcomings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a finding is about: its {@code type} (one per kind of subject), its {@code code} (unique within the type) and
 * its names. One record per type, so that the answer describes each field.
 */
@Schema(name = "ShortcomingSubject", description = "what the finding is about: its type, code and names",
        oneOf = {Subject.LocalityUnit.class, Subject.AgencyPair.class, Subject.Model.class, Subject.ModelPair.class,
                Subject.AgencyLocality.class})
public sealed interface Subject {

    @Schema(description = "COMMUNE, DISTRICT, AGENCY_PAIR, MODEL, MODEL_PAIR or AGENCY_LOCALITY")
    String type();

    String code();

    /** The subject as a report names it: its name, else its code. */
    @JsonIgnore
    String shownName();

    /** LOW_PARTICIPATION: a commune or a district. */
    @Schema(name = "LocalitySubject")
    record LocalityUnit(@Schema(description = "COMMUNE or DISTRICT") String type, String code, String name,
            @Schema(description = "the district of a commune (absent for a district and a 2025 commune)")
            @JsonInclude(JsonInclude.Include.NON_NULL) String district,
            String province, String provinceName) implements Subject {

        @Override
        public String shownName() {
            return name != null ? name : code;
        }
    }

    /** LOOSE_COORDINATION: two agencies in a locality. */
    @Schema(name = "AgencyPairSubject")
    record AgencyPair(@Schema(description = "AGENCY_PAIR") String type,
            @Schema(description = "the two agency codes, sorted, joined by '|'") String code, String name,
            List<String> agencies, String locality, String localityName) implements Subject {

        public AgencyPair(String code, String name, List<String> agencies, String locality, String localityName) {
            this("AGENCY_PAIR", code, name, agencies, locality, localityName);
        }

        @Override
        public String shownName() {
            return name != null ? name : code;
        }
    }

    /** PAPER_ONLY_MODEL: one model. */
    @Schema(name = "ModelSubject")
    record Model(@Schema(description = "MODEL") String type, @Schema(description = "the model's id") String code,
            String name, String agency, String modelType, String locality, String localityName) implements Subject {

        public Model(String code, String name, String agency, String modelType, String locality, String localityName) {
            this("MODEL", code, name, agency, modelType, locality, localityName);
        }

        @Override
        public String shownName() {
            return name != null ? name : code;
        }
    }

    /** OVERLAPPING_MODELS: models of one type in one commune. */
    @Schema(name = "ModelPairSubject")
    record ModelPair(@Schema(description = "MODEL_PAIR") String type,
            @Schema(description = "the model type and the locality, joined by '|'") String code, List<String> ids,
            List<String> names, String modelType, List<String> agencies, String locality, String localityName)
            implements Subject {

        public ModelPair(String code, List<String> ids, List<String> names, String modelType, List<String> agencies,
                String locality, String localityName) {
            this("MODEL_PAIR", code, ids, names, modelType, agencies, locality, localityName);
        }

        @Override
        public String shownName() {
            return code;
        }
    }

    /** IRREGULAR_REVIEWS: an agency in a locality. */
    @Schema(name = "AgencyLocalitySubject")
    record AgencyLocality(@Schema(description = "AGENCY_LOCALITY") String type,
            @Schema(description = "the agency and the locality, joined by '|'") String code, String name, String agency,
            String locality, String localityName) implements Subject {

        public AgencyLocality(String code, String name, String agency, String locality, String localityName) {
            this("AGENCY_LOCALITY", code, name, agency, locality, localityName);
        }

        @Override
        public String shownName() {
            return name != null ? name : code;
        }
    }
}
