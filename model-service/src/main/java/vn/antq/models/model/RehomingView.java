package vn.antq.models.model;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.model.ModelStatus;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Structure;

/**
 * What re-homing a model would do (see {@link Rehoming}): where it is, in which structure, whether it still needs to
 * move, the 2025 commune the official mapping suggests and the alternatives, from which day, and where it was before.
 *
 * @param structure  "2019-2024" or "2025": the structure of the current locality
 * @param needed     the model is in a 2019-2024 commune and not dissolved
 * @param suggestion the mapping's default successor; null when the model needs no move or the mapping names none
 */
public record RehomingView(
        String modelId,
        long version,
        ModelStatus status,
        ModelView.LocalityView locality,
        String structure,
        boolean needed,
        LocalDate effectiveFrom,
        Target suggestion,
        List<Target> alternatives,
        boolean divided,
        List<ModelView.FormerLocalityView> formerLocalities) {

    /** A 2025 commune the model may move to. */
    public record Target(String province, String commune, String name) {

        static Target of(AdminPath path) {
            return new Target(path.province().code(), path.commune().code(), path.displayName());
        }
    }

    static RehomingView of(Model model, AdminPath place, Rehoming.Options options,
                           List<ModelView.FormerLocalityView> history) {
        ModelDetails d = model.details();
        boolean old = Rehoming.isInOldStructure(model);
        return new RehomingView(model.id(), model.version(), model.status(),
                new ModelView.LocalityView(d.locality().province(), d.locality().district(), d.locality().commune(),
                        place == null ? null : place.displayName()),
                (old ? Structure.Y2019 : Structure.Y2025).label(), Rehoming.isNeeded(model), Rehoming.EFFECTIVE_FROM,
                options.suggestion().map(Target::of).orElse(null), options.alternatives().stream().map(Target::of).toList(),
                options.divided(), history);
    }
}
