package vn.antq.analytics.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** The {@code groupBy} of a question: a comma-separated list of keys, each one the answer allows. */
public final class GroupBy {

    private GroupBy() {
    }

    public static List<String> parse(String groupBy, List<String> allowed, List<String> byDefault) {
        if (groupBy == null || groupBy.isBlank()) {
            return byDefault;
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : groupBy.split(",")) {
            String key = part.trim();
            if (key.isEmpty()) {
                continue;
            }
            if (allowed.contains(key)) {
                keys.add(key);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(FieldProblem.of("groupBy",
                    "Không thể nhóm theo " + String.join(", ", unknown) + "; chọn trong: " + String.join(", ", allowed),
                    "Cannot group by " + String.join(", ", unknown) + "; choose from: " + String.join(", ", allowed)));
        }
        return List.copyOf(keys);
    }
}
