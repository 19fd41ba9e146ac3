package vn.antq.models.model;

import java.util.UUID;

/** Request bodies for the tests: models in Kon Tum communes, with unique names. */
final class ModelJson {

    static final String TOWN_DAK_HA = "23500";
    static final String DAK_PXI = "23503";

    private ModelJson() {
    }

    static String uniqueName() {
        return "Tổ phụ nữ tuyên truyền pháp luật " + UUID.randomUUID();
    }

    static String model(String agency, String name, String type, String commune, int members) {
        return """
                {"name": "%s", "type": "%s", "agency": "%s", "partnerAgencies": ["POLICE"],
                 "locality": {"province": "62", "district": "615", "commune": "%s"},
                 "village": "Thôn 3", "establishedOn": "2020-03-08", "members": %d}
                """.formatted(name, type, agency, commune, members);
    }

    static String legalOutreachTeam(String name) {
        return model("WOMEN_UNION", name, "WOMEN_LEGAL_OUTREACH_TEAM", TOWN_DAK_HA, 25);
    }
}
