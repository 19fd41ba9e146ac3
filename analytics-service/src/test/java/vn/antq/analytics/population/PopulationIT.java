package vn.antq.analytics.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.kit.security.Role;

/** Loading population reference data: ADMIN only, checked field by field, all or nothing, as JSON or CSV. */
@AnalyticsIntegrationTest
class PopulationIT {

    @LocalServerPort
    int port;

    @Test
    void anAdminLoadsAJsonListAndAnyoneSignedInReadsItWithNames() {
        Api api = new Api(port);
        Api.Response response = PopulationUploads.put(port, Api.admin(), "application/json",
                "[{\"code\":\"62\",\"population\":540438,\"year\":2019},{\"code\":\"617\",\"population\":26000,\"year\":2019},"
                        + "{\"code\":\"23536\",\"population\":3100,\"year\":2019}]", "vi");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, Object> table = api.get("/reference/population", Api.token("WOMEN_UNION", "62", Role.RECORDER));
        assertThat(table).containsEntry("count", 3).containsEntry("updatedBy", "tester-police");
        assertThat(entries(table)).extracting(entry -> entry.get("code") + " " + entry.get("name") + " " + entry.get("level")
                + " " + entry.get("population") + " " + entry.get("year"))
                .containsExactly("62 Tỉnh Kon Tum PROVINCE 540438 2019", "617 Huyện Tu Mơ Rông DISTRICT 26000 2019",
                        "23536 Xã Mô Rai COMMUNE 3100 2019");
    }

    @Test
    void aCsvFileWithABomAndSemicolonsReplacesTheTable() {
        Api.Response response = PopulationUploads.put(port, Api.admin(), "text/csv",
                "\uFEFFYear;Code;Population\n2020;608;168000\n2020;\"23536\";3100\n", "en");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).containsEntry("count", 2);
        assertThat(entries(response.json())).extracting(entry -> entry.get("code")).containsExactly("608", "23536");
    }

    @Test
    void everyBadFieldIsNamedInVietnameseByDefaultAndNothingIsStored() {
        PopulationUploads.load(port, Map.of("62", 540_438L), 2019);

        Api.Response response = PopulationUploads.put(port, Api.admin(), "application/json",
                "[{\"code\":\"99999\",\"population\":100,\"year\":2019},{\"code\":\"617\",\"population\":0,\"year\":2019},"
                        + "{\"code\":\"617\",\"population\":-5,\"year\":3000},{\"population\":10},"
                        + "{\"code\":\"23536\",\"population\":3100,\"year\":2019}]", "vi");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(PopulationUploads.fields(response)).containsExactly("[0].code", "[1].population", "[2].code",
                "[2].population", "[2].year", "[3].code", "[3].year");
        assertThat(response.body()).contains("Mã địa bàn không có trong danh mục đơn vị hành chính: 99999",
                "Số dân phải là số nguyên lớn hơn 0: 0", "Mã địa bàn 617 đã có ở [1]");
        assertThat(entries(new Api(port).get("/reference/population"))).extracting(entry -> entry.get("code"))
                .containsExactly("62");
    }

    @Test
    void problemsAreInEnglishOnRequestAndACsvWithoutItsColumnsIsRefusedWhole() {
        Api.Response wrongType = PopulationUploads.put(port, Api.admin(), "application/json",
                "[{\"code\":\"62\",\"population\":\"many\",\"year\":2019}]", "en");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(PopulationUploads.fields(wrongType)).containsExactly("[0].population");

        Api.Response csv = PopulationUploads.put(port, Api.admin(), "text/csv", "code,residents\n62,540438\n", "en");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.body()).contains("The header row lacks the columns: population, year");

        Api.Response empty = PopulationUploads.put(port, Api.admin(), "application/json", "[]", "en");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("The population table has no rows");
    }

    @Test
    void numbersAsTextNumbersTooLargeAndControlCharactersAreFieldErrorsAndNothingIsStored() {
        PopulationUploads.load(port, Map.of("62", 540_438L), 2019);

        for (String[] loose : new String[][] {
                {"{\"code\":\"62\",\"population\":\"540438\",\"year\":2019}", "[0].population"},
                {"{\"code\":\"62\",\"population\":540438,\"year\":\"2019\"}", "[0].year"},
                {"{\"code\":62,\"population\":540438,\"year\":2019}", "[0].code"},
                {"{\"code\":\"62\",\"population\":100000000000000000000,\"year\":2019}", "[0].population"},
                {"{\"code\":\"62\",\"population\":540438,\"year\":2147483648}", "[0].year"},
                {"{\"code\":\"6\\u00002\",\"population\":540438,\"year\":2019}", "[0].code"},
                {"{\"code\":\"62\\ud800\",\"population\":540438,\"year\":2019}", "[0].code"}}) {
            Api.Response response = PopulationUploads.put(port, Api.admin(), "application/json", "[" + loose[0] + "]", "vi");

            assertThat(response.status()).as(loose[0]).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(PopulationUploads.fields(response)).as(response.body()).containsExactly(loose[1]);
        }
        assertThat(entries(new Api(port).get("/reference/population"))).extracting(entry -> entry.get("population"))
                .containsExactly(540_438);
    }

    @Test
    void theLanguagesResidentsSpeakAreOptionalCheckedAndKept() {
        Api.Response csv = PopulationUploads.put(port, Api.admin(), "text/csv",
                "code,population,year,languages\n617,26000,2019,XO_DANG\n616,53000,2019,gia_rai|ro_mam\n608,168000,2019,\n",
                "en");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(entries(csv.json())).extracting(entry -> entry.get("code") + " " + entry.get("languages"))
                .containsExactly("617 [XO_DANG]", "616 [GIA_RAI, RO_MAM]", "608 []");

        Api.Response bad = PopulationUploads.put(port, Api.admin(), "application/json",
                "[{\"code\":\"617\",\"population\":26000,\"year\":2019,\"languages\":[\"KLINGON\"]},"
                        + "{\"code\":\"616\",\"population\":53000,\"year\":2019,\"languages\":[\"VIETNAMESE\"]}]", "vi");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(PopulationUploads.fields(bad)).containsExactly("[0].languages", "[1].languages");
        assertThat(bad.body()).contains("Ngôn ngữ không hợp lệ hoặc lặp lại: KLINGON", "XO_DANG (Tiếng Xơ Đăng)");
        assertThat(entries(new Api(port).get("/reference/population"))).extracting(entry -> entry.get("code"))
                .containsExactly("617", "616", "608");
    }

    @Test
    void onlyAnAdminMayLoadIt() {
        String body = "[{\"code\":\"62\",\"population\":540438,\"year\":2019}]";
        assertThat(PopulationUploads.put(port, Api.ops(), "application/json", body, "en").status()).isEqualTo(403);
        assertThat(PopulationUploads.put(port, Api.token("WOMEN_UNION", null, Role.RECORDER, Role.APPROVER),
                "application/json", body, "en").status()).isEqualTo(403);
        assertThat(PopulationUploads.put(port, null, "application/json", body, "en").status()).isEqualTo(401);
        assertThat(new Api(port).call("GET", "/reference/population", null).status()).isEqualTo(401);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> table) {
        return (List<Map<String, Object>>) table.get("entries");
    }
}
