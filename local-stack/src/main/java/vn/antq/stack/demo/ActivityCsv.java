package vn.antq.stack.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.antq.contracts.common.Channel;

/**
 * Activities as an import file for {@code POST /api/v1/activities/import}: UTF-8 CSV, comma separated, one
 * header row with the template's columns, lists inside a cell separated by ";".
 */
final class ActivityCsv {

    static final List<String> COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district",
            "commune", "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women",
            "ethnicMinority", "reach", "copies");

    private ActivityCsv() {
    }

    static byte[] write(List<DemoActivity> activities) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (DemoActivity a : activities) {
            Channel channel = a.kind().channel().orElseThrow();
            List<Object> cells = List.of(a.agency(), String.join(";", a.partnerAgencies()), a.level(),
                    KonTumPlaces.PROVINCE, text(a.district()), text(a.commune()), a.kind(), channel,
                    String.join(";", a.topics()), a.title(), a.startDate(), a.endDate(), a.participants(), a.women(),
                    a.ethnicMinority(), a.reach(), a.copies());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(quoted(String.valueOf(cells.get(i))));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
