package vn.antq.resilience.hostile;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What careless and hostile clients send instead of a valid body: each case takes the endpoint's valid body and
 * changes one to three things in it, or the bytes around it, or its headers, chosen by a seeded random source so
 * that any case can be run again from its seed.
 */
final class Mutations {

    /** A request body (null for none) with its content type and extra headers, and what was done to it. */
    record Case(byte[] body, String contentType, Map<String, String> headers, String description) {
    }

    private static final String VIETNAMESE = "Hội nghị tuyên truyền phòng chống tội phạm ở Xã Đắk Pne, Huyện Kon Rẫy ";

    /** Values that do not belong where they are put, each with a name for the report. */
    private static final List<Map.Entry<String, Function<Random, Object>>> VALUES = List.of(
            Map.entry("null", r -> null),
            Map.entry("empty string", r -> ""),
            Map.entry("blank string", r -> " \t "),
            Map.entry("10,000 characters", r -> VIETNAMESE.repeat(140)),
            Map.entry("400,000 characters", r -> "Đ".repeat(400_000)),
            Map.entry("NUL and control characters", r -> "a\u0000b\u0007\u001b[31m"),
            Map.entry("zero-width and right-to-left marks", r -> "\u200B\u200E\u202Eabc\u202C"),
            Map.entry("emoji and flags", r -> "\uD83D\uDE00\uD83C\uDDFB\uD83C\uDDF3"),
            Map.entry("a lone surrogate", r -> "x\uD800y"),
            Map.entry("Vietnamese in NFD", r -> Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD)),
            Map.entry("Vietnamese in NFKD", r -> Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFKD)),
            Map.entry("SQL injection", r -> "'; DROP TABLE activities; --"),
            Map.entry("MongoDB operator as text", r -> "{\"$gt\": \"\"}"),
            Map.entry("MongoDB operator as object", r -> Map.of("$gt", "")),
            Map.entry("script", r -> "<script>alert(1)</script>"),
            Map.entry("JNDI lookup", r -> "${jndi:ldap://127.0.0.1/a}"),
            Map.entry("spreadsheet formula", r -> "=HYPERLINK(\"http://127.0.0.1\",\"x\")"),
            Map.entry("header injection", r -> "a\r\nSet-Cookie: x=y"),
            Map.entry("negative number", r -> -1),
            Map.entry("zero", r -> 0),
            Map.entry("int overflow", r -> 2_147_483_648L),
            Map.entry("Long.MAX_VALUE", r -> Long.MAX_VALUE),
            Map.entry("Long.MIN_VALUE", r -> Long.MIN_VALUE),
            Map.entry("beyond long", r -> new Json.Raw("9223372036854775808")),
            Map.entry("1e400", r -> new Json.Raw("1e400")),
            Map.entry("fraction", r -> 1.5),
            Map.entry("negative zero", r -> new Json.Raw("-0.0")),
            Map.entry("exponent integer", r -> new Json.Raw("1E2")),
            Map.entry("true", r -> true),
            Map.entry("number as string", r -> "12"),
            Map.entry("empty array", r -> List.of()),
            Map.entry("array of null", r -> Collections.singletonList(null)),
            Map.entry("array of 10,000", r -> Collections.nCopies(10_000, "x")),
            Map.entry("nested arrays", r -> List.of(List.of(List.of()))),
            Map.entry("empty object", r -> Map.of()),
            Map.entry("nested object", r -> Map.of("a", Map.of("b", Map.of()))),
            Map.entry("impossible date", r -> "2024-02-30"),
            Map.entry("month 13", r -> "2024-13-01"),
            Map.entry("far future", r -> "9999-12-31"),
            Map.entry("year 1", r -> "0001-01-01"),
            Map.entry("date-time", r -> "2024-01-01T00:00:00Z"),
            Map.entry("day-first date", r -> "31/12/2024"),
            Map.entry("lower-case code", r -> "village_meeting"),
            Map.entry("unknown code", r -> "UNKNOWN_VALUE"),
            Map.entry("padded code", r -> " POLICE "),
            Map.entry("one digit", r -> "6"),
            Map.entry("unknown place code", r -> "999"),
            Map.entry("full-width digits", r -> "\uFF16\uFF12"),
            Map.entry("Arabic-Indic digits", r -> "\u0666\u0662"),
            Map.entry("path traversal", r -> "../../etc/passwd"));

    private static final List<String> UNKNOWN_FIELDS = List.of("hacker", "_id", "events", "eventCount", "publishedCount",
            "version", "__proto__", "$where", "constructor", "recordedBy");

    private Mutations() {
    }

    static Case of(Map<String, Object> valid, Random random) {
        int dice = random.nextInt(100);
        if (dice < 12) {
            return bytes(valid, random);
        }
        if (dice < 20) {
            return headers(valid, random);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) Json.copy(valid);
        List<String> done = new ArrayList<>();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            done.add(change(body, random));
        }
        String json = Json.write(body);
        if (random.nextInt(10) == 0) {
            String field = body.isEmpty() ? "x" : List.copyOf(body.keySet()).get(random.nextInt(body.size()));
            json = "{\"" + field + "\": " + Json.write(pick(random).getValue().apply(random)) + ", " + json.substring(1);
            done.add("duplicate key " + field);
        }
        return new Case(json.getBytes(StandardCharsets.UTF_8), "application/json", Map.of(), String.join("; ", done));
    }

    /** Changes one place in the body: a value, a missing or unknown field, a nesting too deep. */
    private static String change(Map<String, Object> body, Random random) {
        List<List<Object>> paths = new ArrayList<>();
        collect(body, new ArrayList<>(), paths);
        int dice = random.nextInt(100);
        if (dice < 8) {
            String field = UNKNOWN_FIELDS.get(random.nextInt(UNKNOWN_FIELDS.size()));
            body.put(field, Json.copy(pick(random).getValue().apply(random)));
            return "unknown field " + field;
        }
        if (paths.isEmpty()) {
            body.put("x", 1);
            return "field x";
        }
        List<Object> path = paths.get(random.nextInt(paths.size()));
        if (dice < 25) {
            remove(body, path);
            return "without " + describe(path);
        }
        if (dice < 28) {
            set(body, path, new Json.Raw("[".repeat(5_000) + "]".repeat(5_000)));
            return describe(path) + " nested 5,000 deep";
        }
        Map.Entry<String, Function<Random, Object>> value = pick(random);
        set(body, path, Json.copy(value.getValue().apply(random)));
        return describe(path) + " = " + value.getKey();
    }

    /** A loosely typed or badly encoded value the API must refuse, and the field the refusal must name. */
    record Loose(Case request, String field) {
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Fields shown as one line (titles, names, labels): a tab or a line break in them is refused. */
    private static final java.util.Set<String> ONE_LINE = java.util.Set.of("title", "name", "village", "labelVi",
            "labelEn", "recipientName", "issuer", "decisionNo", "topics", "trainers", "edition");

    /**
     * What strict JSON refuses, put into the valid body one value at a time: text that is a number or a boolean, a
     * number or a boolean sent as text, a number too large for any field, a date-time for a date, control characters
     * and a lone surrogate in text, a line break in a one-line field. Every kind that fits a value type is tried on
     * the first value of that type; the others get one kind each, in turn ({@code all}: every kind on every value).
     */
    static List<Loose> loose(Map<String, Object> valid, boolean all) {
        List<List<Object>> paths = new ArrayList<>();
        collect(valid, new ArrayList<>(), paths);
        List<Loose> cases = new ArrayList<>();
        Map<String, Integer> turns = new java.util.HashMap<>();
        for (List<Object> path : paths) {
            Object value = valueAt(valid, path);
            List<Map.Entry<String, Object>> kinds = new ArrayList<>();
            String type;
            if (value instanceof String text) {
                type = DATE.matcher(text).matches() ? "date" : "text";
                kinds.add(Map.entry("a number", 123));
                kinds.add(Map.entry("a boolean", true));
                kinds.add(Map.entry("NUL in it", text + "\u0000"));
                kinds.add(Map.entry("BEL and ESC in it", "\u0007" + text + "\u001b[31m"));
                kinds.add(Map.entry("a C1 control in it", text + "\u0085"));
                kinds.add(Map.entry("a lone surrogate in it", text + "\uD800"));
                if (type.equals("date")) {
                    kinds.add(Map.entry("a date-time", text + "T00:00:00Z"));
                    kinds.add(Map.entry("a local date-time", text + "T08:30:00"));
                }
                if (path.stream().anyMatch(ONE_LINE::contains)) {
                    type = "one-line text";
                    kinds.add(Map.entry("a line break in it", text + "\nthứ hai"));
                    kinds.add(Map.entry("a tab in it", text + "\tthứ hai"));
                }
            } else if (value instanceof Integer || value instanceof Long) {
                type = "integer";
                kinds.add(Map.entry("the number as text", String.valueOf(value)));
                kinds.add(Map.entry("10^20", new Json.Raw("100000000000000000000")));
                kinds.add(Map.entry("Long.MAX_VALUE + 1", new Json.Raw("9223372036854775808")));
            } else if (value instanceof Boolean flag) {
                type = "boolean";
                kinds.add(Map.entry("the boolean as text", String.valueOf(flag)));
                kinds.add(Map.entry("1 for true", 1));
            } else {
                continue;
            }
            int turn = turns.merge(type, 1, Integer::sum) - 1;
            List<Map.Entry<String, Object>> chosen = all || turn == 0 ? kinds : List.of(kinds.get(turn % kinds.size()));
            for (Map.Entry<String, Object> kind : chosen) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) Json.copy(valid);
                set(body, path, kind.getValue());
                cases.add(new Loose(new Case(Json.write(body).getBytes(StandardCharsets.UTF_8), "application/json",
                        Map.of(), describe(path) + " = " + kind.getKey()), describe(path)));
            }
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static Object valueAt(Map<String, Object> body, List<Object> path) {
        Object last = path.get(path.size() - 1);
        Object parent = parent(body, path);
        return last instanceof Integer index ? ((List<Object>) parent).get(index) : ((Map<String, Object>) parent).get(last);
    }

    /** Bytes no JSON parser should take, or take with care. */
    private static Case bytes(Map<String, Object> valid, Random random) {
        String json = Json.write(valid);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> raw(json.substring(0, random.nextInt(json.length())), "truncated");
            case 1 -> {
                int at = json.indexOf('"', 2) + 1;
                byte[] broken = new byte[utf8.length + 2];
                System.arraycopy(utf8, 0, broken, 0, at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28;
                System.arraycopy(utf8, at, broken, at + 2, utf8.length - at);
                yield new Case(broken, "application/json", Map.of(), "invalid UTF-8 in a string");
            }
            case 2 -> {
                byte[] bom = new byte[utf8.length + 3];
                bom[0] = (byte) 0xEF;
                bom[1] = (byte) 0xBB;
                bom[2] = (byte) 0xBF;
                System.arraycopy(utf8, 0, bom, 3, utf8.length);
                yield new Case(bom, "application/json", Map.of(), "UTF-8 byte order mark");
            }
            case 3 -> raw(json + "x", "trailing garbage");
            case 4 -> raw("null", "the body null");
            case 5 -> raw("[" + json + "]", "the body in an array");
            case 6 -> raw("\"" + json.replace("\"", "'") + "\"", "a string body");
            case 7 -> new Case(new byte[0], "application/json", Map.of(), "empty body");
            case 8 -> raw("/* comment */ " + json, "a comment");
            case 9 -> raw(json.replace('"', '\''), "single quotes");
            case 10 -> raw(json.substring(0, json.length() - 1) + ",}", "trailing comma");
            default -> new Case(json.getBytes(StandardCharsets.UTF_16), "application/json", Map.of(), "UTF-16");
        };
    }

    /** A valid body with headers that do not fit it. */
    private static Case headers(Map<String, Object> valid, Random random) {
        byte[] body = Json.write(valid).getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> new Case(body, "text/plain", Map.of(), "Content-Type text/plain");
            case 1 -> new Case(body, "application/xml", Map.of(), "Content-Type application/xml");
            case 2 -> new Case(body, null, Map.of(), "no Content-Type");
            case 3 -> new Case(Json.write(valid).getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=ISO-8859-1",
                    Map.of(), "Latin-1 body declared as such");
            case 4 -> new Case(body, "application/json; charset=UTF-16", Map.of(), "UTF-8 body declared UTF-16");
            case 5 -> new Case(body, "application/json", Map.of("Idempotency-Key", "k".repeat(500)), "Idempotency-Key of 500 characters");
            case 6 -> new Case(body, "application/json", Map.of("Idempotency-Key", " "), "blank Idempotency-Key");
            case 7 -> new Case(body, "application/json", Map.of("Accept-Language", "xx;q=abc, " + "vi".repeat(2000)),
                    "odd Accept-Language");
            default -> new Case(body, "application/json", Map.of("Accept", "application/xml"), "Accept application/xml");
        };
    }

    /** For an endpoint that takes no body: none, or junk it must not trip over. */
    static Case bodyless(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new Case("{\"approve\": true, \"$set\": {\"status\": \"REVOKED\"}}".getBytes(StandardCharsets.UTF_8),
                    "application/json", Map.of(), "an unexpected JSON body");
            case 1 -> new Case(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1}, "application/octet-stream", Map.of(), "binary junk");
            case 2 -> new Case("x".repeat(2_000_000).getBytes(StandardCharsets.UTF_8), "text/plain", Map.of(),
                    "a 2 MB body");
            default -> new Case(null, null, Map.of(), "no body");
        };
    }

    private static final List<String> IF_MATCH = List.of("", "*", "\"0\"", "W/\"999\"", "abc", "\"1\", \"2\"",
            "\"-1\"", "\"9223372036854775808\"", "x".repeat(5_000));

    /** An If-Match that is not the record's current version, or not a version at all. */
    static String ifMatch(Random random) {
        return IF_MATCH.get(random.nextInt(IF_MATCH.size()));
    }

    private static Case raw(String text, String description) {
        return new Case(text.getBytes(StandardCharsets.UTF_8), "application/json", Map.of(), description);
    }

    private static Map.Entry<String, Function<Random, Object>> pick(Random random) {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<Object> next = new ArrayList<>(path);
                next.add(key);
                into.add(next);
                collect(value, next, into);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                into.add(next);
                collect(list.get(i), next, into);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object parent(Map<String, Object> body, List<Object> path) {
        Object node = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            node = step instanceof Integer index ? ((List<Object>) node).get(index) : ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, List<Object> path, Object value) {
        Object parent = parent(body, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((List<Object>) parent).set(index, value);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> body, List<Object> path) {
        Object parent = parent(body, path);
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((List<Object>) parent).remove((int) index);
        } else {
            ((Map<String, Object>) parent).remove(last);
        }
    }

    private static String describe(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
