package vn.antq.models.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;
import vn.antq.gazetteer.Successor;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

/**
 * Re-homing a model after the 2025 reorganisation (chuyển mô hình sang đơn vị hành chính mới): a model founded in a
 * 2019-2024 commune and still alive keeps its history and moves, from 2025-07-01, to one of the 2025 communes that
 * took its commune over. The official mapping suggests its default successor; a split commune's other successors
 * are the alternatives. For the few old communes the mapping does not cover, any 2025 commune of the province the old
 * province went to is allowed, and none is suggested.
 */
@Component
public class Rehoming {

    /** The first day of the 2025 structure: a re-homed model is in its new commune from then on. */
    public static final LocalDate EFFECTIVE_FROM = Structure.Y2025.validFrom();

    private final Gazetteer gazetteer;

    public Rehoming(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The 2025 communes a model may move to, the suggested one first (when the mapping names one). */
    public record Options(Optional<AdminPath> suggestion, List<AdminPath> alternatives, boolean divided) {
    }

    /** Whether the model's current locality is one of the 2019-2024 structure. */
    public static boolean isInOldStructure(Model model) {
        return Structure.inForceOn(model.localitySince()) == Structure.Y2019;
    }

    /** Whether the model should still be re-homed: in a 2019-2024 commune and not dissolved. */
    public static boolean isNeeded(Model model) {
        return isInOldStructure(model) && !model.isDissolved();
    }

    public Options options(Model model) {
        if (!isInOldStructure(model)) {
            return new Options(Optional.empty(), List.of(), false);
        }
        List<Successor> successors = gazetteer.successorsOf(model.details().locality().commune());
        Optional<AdminPath> suggestion = successors.stream().filter(Successor::defaultSuccessor).findFirst()
                .map(successor -> pathOf(successor.commune()));
        List<AdminPath> alternatives = successors.stream().filter(successor -> !successor.defaultSuccessor())
                .map(successor -> pathOf(successor.commune())).toList();
        return new Options(suggestion, alternatives, successors.size() > 1);
    }

    /**
     * The 2025 commune a model's 2019-2024 commune went into whole (merged, not split): the model's unit after the
     * reform without anyone having to choose. Empty when the commune was split, or the mapping does not know it.
     */
    public Optional<Locality> onlySuccessor(Model model) {
        List<Successor> successors = gazetteer.successorsOf(model.details().locality().commune());
        if (successors.size() != 1) {
            return Optional.empty();
        }
        AdminUnit commune = successors.get(0).commune();
        return Optional.of(new Locality(commune.provinceCode(), null, commune.code()));
    }

    /** The new locality the form names; checking yields it or every problem with it (field {@code commune} or {@code province}). */
    public record Valid(Locality locality, AdminPath place) {
    }

    public Checked<Valid> check(Model model, RehomeForm form) {
        String commune = ModelValidation.trimmed(form.commune());
        String province = ModelValidation.trimmed(form.province());
        if (commune == null) {
            return Checked.invalid(List.of(new Problem("commune", "Thiếu mã xã 2025 mà mô hình chuyển đến" + suggested(model),
                    "Missing the 2025 commune code the model moves to" + suggestedEn(model))));
        }
        List<Problem> problems = new ArrayList<>();
        AdminPath target = gazetteer.resolve(commune, Structure.Y2025) instanceof Resolution.Resolved resolved
                && resolved.path().commune() != null ? resolved.path() : null;
        List<AdminUnit> allowed = allowed(model);
        if (target == null || allowed.stream().noneMatch(unit -> unit.code().equals(commune))) {
            String old = model.details().locality().commune();
            String listed = allowed.size() > 10 ? allowed.size() + " xã/phường của " + allowed.get(0).provinceCode()
                    : allowed.stream().map(unit -> unit.code() + " " + unit.name()).collect(Collectors.joining(", "));
            String listedEn = allowed.size() > 10 ? allowed.size() + " communes of province " + allowed.get(0).provinceCode()
                    : allowed.stream().map(unit -> unit.code() + " " + unit.name()).collect(Collectors.joining(", "));
            problems.add(new Problem("commune",
                    "Xã " + commune + " (danh mục 2025) không phải đơn vị tiếp nhận xã " + old + "; chọn trong: " + listed,
                    "Commune " + commune + " (2025 structure) did not take over commune " + old + "; choose from: " + listedEn));
        } else if (province != null && !province.equals(target.province().code())) {
            problems.add(new Problem("province",
                    "Xã " + commune + " thuộc tỉnh " + target.province().code() + " (" + target.province().name()
                            + "), không thuộc tỉnh " + province,
                    "Commune " + commune + " is in province " + target.province().code() + " (" + target.province().name()
                            + "), not in province " + province));
        }
        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new Locality(target.province().code(), null, target.commune().code()), target));
    }

    /** "; gợi ý: 23512 Xã Đăk Mar", or nothing when the mapping suggests none. */
    String suggested(Model model) {
        return options(model).suggestion().map(path -> "; gợi ý: " + path.commune().code() + " " + path.displayName())
                .orElse("");
    }

    String suggestedEn(Model model) {
        return options(model).suggestion().map(path -> "; suggested: " + path.commune().code() + " " + path.displayName())
                .orElse("");
    }

    private List<AdminUnit> allowed(Model model) {
        List<Successor> successors = gazetteer.successorsOf(model.details().locality().commune());
        if (!successors.isEmpty()) {
            return successors.stream().map(Successor::commune).toList();
        }
        return gazetteer.successorProvincesOf(model.details().locality().province()).stream()
                .flatMap(province -> gazetteer.communesOfProvince(province.code(), Structure.Y2025).stream())
                .toList();
    }

    private AdminPath pathOf(AdminUnit commune) {
        return ((Resolution.Resolved) gazetteer.resolve(commune.code(), Structure.Y2025)).path();
    }
}
