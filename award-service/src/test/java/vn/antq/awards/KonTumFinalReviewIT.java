package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import vn.antq.testsupport.HttpApi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.antq.contracts.EventTypes;
import vn.antq.kit.security.Role;

/**
 * The article's final review, end to end over HTTP: Kon Tum's four agencies hold their 2019-2024 review
 * jointly and commend 31 collectives and individuals, 5 of them with Certificates of Merit to Women's Union
 * units; every step arrives on {@code antq.award.v1} in order.
 */
@AwardServiceTest
class KonTumFinalReviewIT {

    static final List<String> AGENCIES = List.of("WOMEN_UNION", "POLICE", "VETERANS", "FARMERS");
    static final List<String[]> DISTRICTS_AND_COMMUNES = List.of(
            new String[] {"608", "23281"}, new String[] {"610", "23341"}, new String[] {"611", "23377"},
            new String[] {"612", "23401"}, new String[] {"613", "23452"}, new String[] {"614", "23479"},
            new String[] {"615", "23500"}, new String[] {"616", "23527"});

    @LocalServerPort
    int port;

    final AwardEvents events = new AwardEvents();

    record Recipient(String form, String type, String name, String agency, String district, String commune) {
    }

    @Test
    void theFinalReviewCommends31CollectivesAndIndividualsOfWhich5CertificatesOfMeritGoToWomensUnionUnits() {
        HttpApi api = new HttpApi(port);
        String run = Bodies.unique();

        HttpApi.Response review = api.post("/api/v1/reviews", recorder("WOMEN_UNION", run),
                Bodies.konTumFinalReview("Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ 2019-2024 (" + run + ")"));
        assertThat(review.status()).isEqualTo(201);
        String reviewId = review.text("id");
        assertThat(review.json().get("version").asLong()).isEqualTo(1);
        assertThat(review.header("Location")).endsWith("/api/v1/reviews/" + reviewId);

        List<String> awardIds = new ArrayList<>();
        List<Recipient> recipients = commended();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            HttpApi.Response nominated = api.post("/api/v1/awards", recorder(r.agency(), run), Bodies.nomination(
                    r.form(), r.type(), r.name(), r.agency(), r.district(), r.commune(), reviewId));
            assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
            String id = nominated.text("id");
            awardIds.add(id);

            HttpApi.Response approved = api.post("/api/v1/awards/" + id + "/decision", approver(r.agency(), run),
                    Map.of("If-Match", nominated.etag()),
                    Bodies.approval(issuer(r.form()), run + "-" + (i + 1) + "/QĐ-UBND", "2024-10-10"));
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.text("status")).isEqualTo("APPROVED");

            HttpApi.Response conferred = api.post("/api/v1/awards/" + id + "/confer", recorder(r.agency(), run),
                    Map.of("If-Match", approved.etag()), null);
            assertThat(conferred.status()).as(conferred.body()).isEqualTo(200);
            assertThat(conferred.text("status")).isEqualTo("CONFERRED");
            assertThat(conferred.json().get("version").asLong()).isEqualTo(3);
        }

        List<String> keys = new ArrayList<>(awardIds);
        keys.add(reviewId);
        Map<String, List<AwardEvents.Event>> published = events.publishedByKey(keys, 1 + 3 * 31);

        AwardEvents.Event held = published.get(reviewId).get(0);
        assertThat(held.type()).isEqualTo(EventTypes.REVIEW_HELD);
        assertThat(held.body().get("organiser").asString()).isEqualTo("JOINT");
        assertThat(held.body().get("agencies")).hasSize(4);
        for (String id : awardIds) {
            List<AwardEvents.Event> steps = published.get(id);
            assertThat(steps).extracting(AwardEvents.Event::type).containsOnly(EventTypes.AWARD_CHANGED);
            assertThat(steps).extracting(AwardEvents.Event::version).containsExactly(1L, 2L, 3L);
            assertThat(steps).extracting(AwardEvents.Event::status).containsExactly("NOMINATED", "APPROVED", "CONFERRED");
        }
        List<AwardEvents.Event> conferred = awardIds.stream().map(id -> published.get(id).get(2)).toList();
        assertThat(conferred).hasSize(31);
        assertThat(conferred).filteredOn(e -> e.body().get("form").asString().equals("CERTIFICATE_OF_MERIT"))
                .extracting(e -> e.body().get("recipientAgency").asString())
                .containsExactly("WOMEN_UNION", "WOMEN_UNION", "WOMEN_UNION", "WOMEN_UNION", "WOMEN_UNION");

        String ops = Tokens.token("ops-" + run, "POLICE", null, Role.OPS);
        assertThat(total(api.get("/api/v1/awards?reviewId=" + reviewId + "&status=CONFERRED&size=50", ops))).isEqualTo(31);
        assertThat(total(api.get("/api/v1/awards?reviewId=" + reviewId
                + "&form=CERTIFICATE_OF_MERIT&agency=WOMEN_UNION", ops))).isEqualTo(5);
        assertThat(total(api.get("/api/v1/awards?reviewId=" + reviewId
                + "&decidedFrom=2024-10-10&decidedTo=2024-10-10", ops))).isEqualTo(31);
        // A Women's Union approver sees the Women's Union's awards only.
        HttpApi.Response own = api.get("/api/v1/awards?reviewId=" + reviewId + "&size=50", approver("WOMEN_UNION", run));
        assertThat(total(own)).isEqualTo(5 + 7);
    }

    /** 5 Certificates of Merit to Women's Union units, and 26 public commendations across the four agencies. */
    static List<Recipient> commended() {
        List<Recipient> recipients = new ArrayList<>();
        String[] merit = {"Hội LHPN thành phố Kon Tum", "Hội LHPN huyện Đắk Glei", "Hội LHPN huyện Ngọc Hồi",
                "Hội LHPN huyện Đắk Tô", "Hội LHPN huyện Kon Plông"};
        for (int i = 0; i < merit.length; i++) {
            String[] place = DISTRICTS_AND_COMMUNES.get(i);
            recipients.add(new Recipient("CERTIFICATE_OF_MERIT", "COLLECTIVE", merit[i], "WOMEN_UNION", place[0], null));
        }
        for (int i = 0; i < 26; i++) {
            String agency = AGENCIES.get(i % AGENCIES.size());
            String[] place = DISTRICTS_AND_COMMUNES.get(i % DISTRICTS_AND_COMMUNES.size());
            boolean collective = i % 3 != 2;
            String name = collective ? "Chi hội " + agency + " thôn " + (i + 1) : "Cá nhân điển hình số " + (i + 1);
            recipients.add(new Recipient("PUBLIC_COMMENDATION", collective ? "COLLECTIVE" : "INDIVIDUAL", name, agency,
                    place[0], place[1]));
        }
        return recipients;
    }

    static String issuer(String form) {
        return form.equals("CERTIFICATE_OF_MERIT") ? "Chủ tịch UBND tỉnh Kon Tum"
                : "Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ tỉnh Kon Tum";
    }

    static String recorder(String agency, String run) {
        return Tokens.token("recorder-" + agency.toLowerCase() + "-" + run, agency, "62", Role.RECORDER);
    }

    static String approver(String agency, String run) {
        return Tokens.token("approver-" + agency.toLowerCase() + "-" + run, agency, "62", Role.APPROVER);
    }

    private static long total(HttpApi.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("totalItems").asLong();
    }
}
