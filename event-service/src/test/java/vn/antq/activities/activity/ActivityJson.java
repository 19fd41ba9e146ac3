package vn.antq.activities.activity;

import java.util.UUID;

/** Request bodies for the tests: a valid village meeting in a Kon Tum commune, with a unique title. */
final class ActivityJson {

    private ActivityJson() {
    }

    static String uniqueTitle() {
        return "Họp thôn tuyên truyền " + UUID.randomUUID();
    }

    static String villageMeeting(String agency, String title, String district, String commune, int participants) {
        return """
                {"agency": "%s", "partnerAgencies": [], "level": "COMMUNE",
                 "locality": {"province": "62", "district": "%s", "commune": "%s"},
                 "kind": "VILLAGE_MEETING", "topics": ["phòng chống tội phạm"], "title": "%s",
                 "startDate": "2024-05-10", "endDate": "2024-05-10",
                 "participants": %d, "women": %d, "ethnicMinority": %d}
                """.formatted(agency, district, commune, title, participants, participants / 2, participants * 3 / 4);
    }

    static String villageMeeting(String agency, String title) {
        return villageMeeting(agency, title, "615", "23500", 120);
    }
}
