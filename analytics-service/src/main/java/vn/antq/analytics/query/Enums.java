package vn.antq.analytics.query;

import java.util.Arrays;

import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** Filter values that must name a constant of an enum of the contract, e.g. {@code channel=ONLINE}. */
public final class Enums {

    private Enums() {
    }

    /** The constant's name, or null when the parameter is absent; 400 naming the parameter when unknown. */
    public static <E extends Enum<E>> String parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim();
        if (Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(name))) {
            String known = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw ApiException.badRequest(FieldProblem.of(field, "Giá trị không hợp lệ: " + name + " (chọn trong: " + known + ")",
                    "Unknown value: " + name + " (choose from: " + known + ")"));
        }
        return name;
    }
}
