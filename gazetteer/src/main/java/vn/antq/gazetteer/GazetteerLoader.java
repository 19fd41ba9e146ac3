package vn.antq.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the data files shipped under {@code /gazetteer/} on the classpath (see the module README). */
final class GazetteerLoader {

    static final String UNITS_2019 = "/gazetteer/vn-admin-units-2019-2024.json";
    static final String UNITS_2025 = "/gazetteer/vn-admin-units-2025.json";
    static final String SUCCESSION_2025 = "/gazetteer/vn-admin-units-2025-mapping.csv";

    private static final String MAPPING_HEADER = "oldProvinceCode,oldDistrictCode,oldCommuneCode,oldCommuneName,"
            + "newProvinceCode,newCommuneCode,newCommuneName,oldCommuneDivided,defaultSuccessor";

    // The mapping gives the new Xã Ba Chẽ (Quảng Ninh) the old town's code 06970; the 2025 list, which is
    // authoritative for 2025 codes, gives it 06978. The data files are kept as published, so we fix it here.
    private static final Map<String, String> NEW_COMMUNE_CODE_FIXES = Map.of("06970", "06978");

    // The 2025 list has no unit types, so they are read from the name's prefix ("xã Bắc Sơn" is lower-case
    // there). A city at province level is always centrally governed, as the 2019-2024 list spells out.
    private static final Map<String, String> PROVINCE_TYPES_BY_PREFIX = Map.of(
            "Tỉnh", "Tỉnh", "Thành phố", "Thành phố Trung ương");
    private static final Map<String, String> COMMUNE_TYPES_BY_PREFIX = Map.of(
            "Phường", "Phường", "Xã", "Xã", "Đặc khu", "Đặc khu");

    private GazetteerLoader() {
    }

    static Gazetteer loadOfficial() {
        JsonMapper json = new JsonMapper();
        StructureUnits y2019 = readUnits2019(readTree(json, UNITS_2019));
        StructureUnits y2025 = readUnits2025(readTree(json, UNITS_2025));
        CommuneSuccession succession = readSuccession(y2019, y2025);
        return new Gazetteer(y2019, y2025, succession);
    }

    private static StructureUnits readUnits2019(JsonNode root) {
        Structure structure = Structure.Y2019;
        List<AdminUnit> units = new ArrayList<>();
        for (JsonNode province : root.get("provinces")) {
            String provinceCode = text(province, "code");
            units.add(unit(structure, AdminLevel.PROVINCE, province, text(province, "type"), null, null));
            for (JsonNode district : province.get("districts")) {
                String districtCode = text(district, "code");
                units.add(unit(structure, AdminLevel.DISTRICT, district, text(district, "type"), provinceCode, null));
                for (JsonNode commune : district.get("communes")) {
                    units.add(unit(structure, AdminLevel.COMMUNE, commune, text(commune, "type"), provinceCode, districtCode));
                }
            }
        }
        return new StructureUnits(structure, units);
    }

    private static StructureUnits readUnits2025(JsonNode root) {
        Structure structure = Structure.Y2025;
        List<AdminUnit> units = new ArrayList<>();
        for (JsonNode province : root.get("provinces")) {
            String provinceCode = text(province, "code");
            String provinceType = typeFromName(text(province, "name"), PROVINCE_TYPES_BY_PREFIX);
            units.add(unit(structure, AdminLevel.PROVINCE, province, provinceType, null, null));
            for (JsonNode commune : province.get("communes")) {
                String communeType = typeFromName(text(commune, "name"), COMMUNE_TYPES_BY_PREFIX);
                units.add(unit(structure, AdminLevel.COMMUNE, commune, communeType, provinceCode, null));
            }
        }
        return new StructureUnits(structure, units);
    }

    private static CommuneSuccession readSuccession(StructureUnits y2019, StructureUnits y2025) {
        List<CommuneSuccession.Part> parts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(SUCCESSION_2025), StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (!MAPPING_HEADER.equals(header)) {
                throw new IllegalStateException("Unexpected header in " + SUCCESSION_2025 + ": " + header);
            }
            String line;
            while ((line = lines.readLine()) != null) {
                parts.add(part(line.split(",", -1), y2019, y2025));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SUCCESSION_2025, e);
        }
        return new CommuneSuccession(parts, y2019, y2025);
    }

    private static CommuneSuccession.Part part(String[] fields, StructureUnits y2019, StructureUnits y2025) {
        if (fields.length != 9) {
            throw new IllegalStateException("Expected 9 fields in " + SUCCESSION_2025 + ": " + String.join(",", fields));
        }
        String newCode = NEW_COMMUNE_CODE_FIXES.getOrDefault(fields[5], fields[5]);
        AdminUnit oldCommune = existing(y2019, fields[2]);
        AdminUnit newCommune = existing(y2025, newCode);
        if (!newCommune.provinceCode().equals(fields[4])) {
            throw new IllegalStateException("New commune " + newCode + " is not in province " + fields[4]);
        }
        return new CommuneSuccession.Part(oldCommune, new Successor(newCommune, flag(fields[7]), flag(fields[8])));
    }

    private static AdminUnit existing(StructureUnits units, String communeCode) {
        AdminUnit commune = units.find(AdminLevel.COMMUNE, communeCode);
        if (commune == null) {
            throw new IllegalStateException("The mapping names commune " + communeCode
                    + ", unknown in the " + units.structure().label() + " structure");
        }
        return commune;
    }

    private static boolean flag(String value) {
        return switch (value) {
            case "True" -> true;
            case "False" -> false;
            default -> throw new IllegalStateException("Not a flag in " + SUCCESSION_2025 + ": " + value);
        };
    }

    private static AdminUnit unit(Structure structure, AdminLevel level, JsonNode node, String type,
                                  String provinceCode, String districtCode) {
        return new AdminUnit(structure, level, text(node, "code"), text(node, "name"), type,
                provinceCode, districtCode, structure.validFrom(), structure.validTo());
    }

    private static String typeFromName(String name, Map<String, String> typesByPrefix) {
        for (Map.Entry<String, String> prefixAndType : typesByPrefix.entrySet()) {
            String prefix = prefixAndType.getKey() + " ";
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return prefixAndType.getValue();
            }
        }
        throw new IllegalStateException("Cannot tell the unit type of " + name);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalStateException("Missing text field '" + field + "' in unit " + node.path("code"));
        }
        return value.stringValue();
    }

    private static JsonNode readTree(JsonMapper json, String resource) {
        try (InputStream in = open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return in;
    }
}
