package vn.antq.resilience.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code access-matrix.csv}: for every endpoint and role, whether a caller of each agency and locality scope may do
 * it. The table is the specification; {@link AccessMatrixIT} checks the platform against every cell of it.
 */
final class AccessMatrix {

    /** One cell: who calls which endpoint, and whether it must be allowed. */
    record Cell(String service, String endpoint, String role, boolean ownAgency, String scope, boolean allowed) {

        String describe() {
            return endpoint + " by " + role + " of " + (ownAgency ? "the record's agency" : "another agency")
                    + " with locality " + scope;
        }
    }

    static final List<String> SCOPES = List.of("-", "province", "district", "other-district", "other-province");

    private AccessMatrix() {
    }

    static List<Cell> load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("access-matrix.csv is not on the class path");
            }
            List<Cell> cells = new ArrayList<>();
            List<String> columns = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split(",");
                if (columns == null) {
                    columns = List.of(fields);
                    continue;
                }
                for (int i = 3; i < fields.length; i++) {
                    String[] column = columns.get(i).split("/", 2);
                    cells.add(new Cell(fields[0], fields[1], fields[2], column[0].equals("own"), column[1],
                            parse(fields[i], line)));
                }
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code access-matrix-known-gaps.csv}: "service endpoint" -> why the platform differs there today. */
    static Map<String, String> knownGaps() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix-known-gaps.csv")) {
            Map<String, String> gaps = new LinkedHashMap<>();
            if (in == null) {
                return gaps;
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.strip().split(",", 3);
                gaps.put(fields[0] + " " + fields[1], fields[2].replaceAll("^\"|\"$", ""));
            }
            return gaps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean parse(String value, String line) {
        return switch (value.strip()) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException("Neither Y nor N in " + line);
        };
    }
}
