package vn.antq.models.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.gazetteer.AdminPath;

/**
 * A model as the API shows it: its state, the Vietnamese names of its locality, the statuses it may
 * move to next, and, in the answer to a registration only, the overlap warnings.
 */
public record ModelView(
        String id,
        long version,
        String name,
        String type,
        String agency,
        List<String> partnerAgencies,
        LocalityView locality,
        String village,
        LocalDate establishedOn,
        long members,
        ModelStatus status,
        String statusReason,
        LocalDate localitySince,
        List<FormerLocalityView> formerLocalities,
        List<ModelStatus> allowedTransitions,
        String registeredBy,
        Instant registeredAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Warning> warnings) {

    public record LocalityView(String province, String district, String commune, String name) {
    }

    /** A locality the model was in before it was re-homed, with the names of that time, and when. */
    public record FormerLocalityView(String province, String district, String commune, String name, LocalDate from,
                                     LocalDate until) {

        static FormerLocalityView of(FormerLocality former, AdminPath place, LocalDate from) {
            return new FormerLocalityView(former.locality().province(), former.locality().district(),
                    former.locality().commune(), place == null ? null : place.displayName(), from, former.until());
        }
    }

    /** Something the user should know about the accepted request, in the language they asked for. */
    public record Warning(String code, String message, String modelId, String modelName, String agency) {
    }

    static ModelView of(Model model, AdminPath place, List<FormerLocalityView> history) {
        return of(model, place, history, null);
    }

    static ModelView registered(Model model, AdminPath place, List<Overlap> overlaps, Locale locale) {
        return of(model, place, List.of(), overlaps.stream().map(overlap -> new Warning(Overlap.CODE,
                overlap.message().in(locale), overlap.existing().id(), overlap.existing().details().name(),
                overlap.existing().details().agency())).toList());
    }

    private static ModelView of(Model model, AdminPath place, List<FormerLocalityView> history, List<Warning> warnings) {
        ModelDetails d = model.details();
        LocalityView locality = new LocalityView(d.locality().province(), d.locality().district(),
                d.locality().commune(), place == null ? null : place.displayName());
        return new ModelView(model.id(), model.version(), d.name(), d.type(), d.agency(), d.partnerAgencies(),
                locality, d.village(), d.establishedOn(), d.members(), model.status(), model.statusReason(),
                model.localitySince(), history,
                List.copyOf(model.allowedTransitions()), model.registeredBy(), model.registeredAt(), model.updatedAt(),
                warnings);
    }
}
