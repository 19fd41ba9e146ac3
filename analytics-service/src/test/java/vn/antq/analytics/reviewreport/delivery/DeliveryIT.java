package vn.antq.analytics.reviewreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;


import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.reviewreport.ReportFiles;
import vn.antq.analytics.reviewreport.ReportFormat;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.analytics.support.TestSmtp;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.kit.security.Role;

/**
 * The scheduled delivery of the review report against a real SMTP server ({@link TestSmtp}: GreenMail), the in-process
 * MongoDB and the whole service: OPS subscribes a leader over the API, a run (called directly, at a chosen instant, as
 * the scheduler calls it) plans and sends, and the mail is read back from the server and its PDF opened. Ninh Thuận (58)
 * in February and March 2024 belongs to this test only. Every test removes its subscriptions, so that another test's
 * run does not plan for them.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryIT {

    private static final String PROVINCE = "58";
    private static final Locality PHAN_RANG = new Locality(PROVINCE, "582", "22738");
    /** 10:00 on 2 April 2024 in Vietnam: the latest completed month is March 2024, the latest quarter 2024-Q1. */
    private static final Instant APRIL_2 = Instant.parse("2024-04-02T03:00:00Z");
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    DeliveryRun run;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReportFiles reports;

    @Autowired
    Places places;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    DeliveryProperties properties;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> created = new ArrayList<>();

    @BeforeAll
    void recordFebruaryAndMarchInNinhThuan() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("nt-mar-" + run, 1, "WOMEN_UNION", List.of(),
                    PHAN_RANG, ActivityKind.BRANCH_MEETING, LocalDate.of(2024, 3, 12), 777, 400, 0, 0, 0,
                    ActivityStatus.RECORDED));
            events.publish(EventContract.ACTIVITY_RECORDED, TestEvents.activity("nt-feb-" + run, 1, "POLICE", List.of(),
                    PHAN_RANG, ActivityKind.VILLAGE_MEETING, LocalDate.of(2024, 2, 20), 555, 300, 0, 0, 0,
                    ActivityStatus.RECORDED));
        }
        new Api(port).awaitCaughtUp();
    }

    @AfterEach
    void unsubscribe() {
        for (String location : created) {
            call("DELETE", location, Api.ops(), null, "vi");
        }
        created.clear();
        TestSmtp.start();
    }

    @Test
    void aSubscribedLeaderReceivesLastMonthsReportOfTheUnitOnceWithThePdfAttached() throws Exception {
        String email = "lan." + suffix() + "@ninhthuan.gov.vn";
        HttpResponse<String> subscribed = subscribe(Map.of("name", "Nguyễn Thị Lan", "email", "  " + email.toUpperCase() + " ",
                "unit", PROVINCE, "cadence", "MONTHLY", "language", "vi", "format", "pdf"));
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        Map<String, Object> subscription = json(subscribed.body());
        assertThat(subscription).containsEntry("email", email).containsEntry("unit", PROVINCE)
                .containsEntry("cadence", "MONTHLY").containsEntry("format", "pdf");
        assertThat(subscribed.headers().firstValue("Location")).hasValue(
                "/api/v1/analytics/report-subscriptions/" + subscription.get("id"));

        DeliveryRun.Outcome first = run.tick(APRIL_2);

        assertThat(first.sent()).isEqualTo(1);
        String id = email + ":58:MONTHLY:2024-03";
        List<MimeMessage> mails = mailsOf(id);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress()).isEqualTo(email);
        assertThat(((InternetAddress) mail.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal()).isEqualTo("Nguyễn Thị Lan");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("bao-cao@antq.test");
        assertThat(mail.getSubject()).contains("Báo cáo tổng kết", "Tỉnh Ninh Thuận",
                ReportFormat.month(java.time.YearMonth.of(2024, 3), java.util.Locale.forLanguageTag("vi")));
        Parts parts = parts(mail);
        assertThat(parts.text()).contains("Kính gửi: Nguyễn Thị Lan", "Tỉnh Ninh Thuận (58)", "tháng 03 năm 2024",
                "bao-cao-antq_2024-03_2024-03_58.pdf", "ngày 02 tháng 04 năm 2024", "hằng tháng");
        assertThat(parts.attachments()).containsOnlyKeys("bao-cao-antq_2024-03_2024-03_58.pdf");
        try (PDDocument pdf = Loader.loadPDF(parts.attachments().get("bao-cao-antq_2024-03_2024-03_58.pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // The report of Ninh Thuận for March only: March's 777 participants, not February's 555.
            assertThat(text).contains("Báo cáo tổng kết", "Tỉnh Ninh Thuận", "777").doesNotContain("555");
            assertThat(text).containsAnyOf("2024-03", "tháng 03 năm 2024");
        }

        Map<String, Object> delivery = delivery(id);
        assertThat(delivery).containsEntry("state", "SENT").containsEntry("stateName", "sent").containsEntry("attempts", 1)
                .containsEntry("period", "2024-03");
        assertThat(delivery.get("sentAt")).asString().startsWith("2024-04-02T10:00");

        // Later runs in the same month, and one after the sender's lease would have run out, send nothing again.
        run.tick(APRIL_2);
        run.tick(APRIL_2.plus(Duration.ofHours(20)));
        assertThat(mailsOf(id)).hasSize(1);
        // The next month's run delivers April, once.
        run.tick(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(mailsOf(email + ":58:MONTHLY:2024-04")).hasSize(1);
        assertThat(mailsOf(id)).hasSize(1);
    }

    @Test
    void twoSubscriptionsOfOnePersonAndTwoSendersAtOnceDeliverTheQuarterOnceInEnglish() throws Exception {
        String email = "minh." + suffix() + "@ninhthuan.gov.vn";
        for (String address : List.of(email, email.toUpperCase())) {
            HttpResponse<String> subscribed = subscribe(Map.of("name", "Tran Van Minh", "email", address, "unit", PROVINCE,
                    "cadence", "quarterly", "language", "en"));
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        }
        // A second instance of the service: its own sender, the same MongoDB and mail server.
        DeliveryRun other = new DeliveryRun(subscriptions, deliveries, reports, places, mailSender, properties);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<DeliveryRun.Outcome>> runs = new ArrayList<>();
        for (DeliveryRun instance : List.of(run, other, run, other)) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return instance.tick(APRIL_2);
            }));
        }
        start.countDown();
        List<DeliveryRun.Outcome> outcomes = runs.stream().map(CompletableFuture::join).toList();

        String id = email + ":58:QUARTERLY:2024-Q1";
        assertThat(outcomes.stream().mapToInt(DeliveryRun.Outcome::planned).sum()).isEqualTo(1);
        assertThat(outcomes.stream().mapToInt(DeliveryRun.Outcome::sent).sum()).isEqualTo(1);
        List<MimeMessage> mails = mailsOf(id);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Review report", "Tỉnh Ninh Thuận", "Q1 2024");
        Parts parts = parts(mails.get(0));
        assertThat(parts.text()).contains("Dear Tran Van Minh", "January 2024", "March 2024", "2 April 2024", "quarterly");
        byte[] pdfBytes = parts.attachments().get("antq-review-report_2024-01_2024-03_58.pdf");
        assertThat(pdfBytes).isNotNull();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Review report", "Ninh Thuận");
        }
    }

    @Test
    void aFailedSendIsRetriedWithBackoffAndSentOnceTheServerAnswers() throws Exception {
        String email = "hoa." + suffix() + "@ninhthuan.gov.vn";
        assertThat(subscribe(Map.of("name", "Lê Thị Hoa", "email", email, "unit", "582", "cadence", "MONTHLY"))
                .statusCode()).isEqualTo(201);
        String id = email + ":582:MONTHLY:2024-03";
        TestSmtp.stop();

        DeliveryRun.Outcome refused = run.tick(APRIL_2);

        assertThat(refused.retrying()).isEqualTo(1);
        Map<String, Object> retry = delivery(id);
        assertThat(retry).containsEntry("state", "RETRY").containsEntry("attempts", 1);
        assertThat(retry.get("lastError")).asString().isNotBlank();
        assertThat(retry.get("dueAt")).asString().startsWith("2024-04-02T10:01");
        // Not due yet: nothing is tried before the backoff has passed.
        run.tick(APRIL_2.plusSeconds(30));
        assertThat(delivery(id)).containsEntry("state", "RETRY").containsEntry("attempts", 1);

        TestSmtp.start();
        DeliveryRun.Outcome answered = run.tick(APRIL_2.plus(Duration.ofMinutes(1)));

        assertThat(answered.sent()).isEqualTo(1);
        assertThat(delivery(id)).containsEntry("state", "SENT").containsEntry("attempts", 2);
        assertThat(mailsOf(id)).hasSize(1);
        assertThat(parts(mailsOf(id).get(0)).attachments()).containsOnlyKeys("bao-cao-antq_2024-03_2024-03_582.pdf");
        run.tick(APRIL_2.plus(Duration.ofMinutes(5)));
        assertThat(mailsOf(id)).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsFailedUntilOpsAsksForAResend() throws Exception {
        String email = "tuan." + suffix() + "@ninhthuan.gov.vn";
        assertThat(subscribe(Map.of("name", "Phạm Tuấn", "email", email, "unit", PROVINCE, "cadence", "MONTHLY",
                "format", "xlsx")).statusCode()).isEqualTo(201);
        String id = email + ":58:MONTHLY:2024-03";
        TestSmtp.stop();

        run.tick(APRIL_2);
        run.tick(APRIL_2.plus(Duration.ofMinutes(1)));
        DeliveryRun.Outcome last = run.tick(APRIL_2.plus(Duration.ofMinutes(3)));

        assertThat(last.failed()).isEqualTo(1);
        assertThat(delivery(id)).containsEntry("state", "FAILED").containsEntry("attempts", 3);
        TestSmtp.start();
        run.tick(APRIL_2.plus(Duration.ofHours(2)));
        assertThat(mailsOf(id)).isEmpty();

        HttpResponse<String> sentAlready = call("POST", "/api/v1/analytics/report-deliveries/" + id + "/resend",
                Api.token("POLICE", null, Role.RECORDER), null, "en");
        assertThat(sentAlready.statusCode()).isEqualTo(403);
        HttpResponse<String> resend = call("POST", "/api/v1/analytics/report-deliveries/" + id + "/resend", Api.ops(), null, "en");
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        assertThat(json(resend.body())).containsEntry("state", "PLANNED").containsEntry("attempts", 0);
        run.tick(APRIL_2.plus(Duration.ofHours(3)));

        assertThat(delivery(id)).containsEntry("state", "SENT");
        assertThat(parts(mailsOf(id).get(0)).attachments()).containsOnlyKeys("bao-cao-antq_2024-03_2024-03_58.xlsx");
        HttpResponse<String> again = call("POST", "/api/v1/analytics/report-deliveries/" + id + "/resend", Api.ops(), null, "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("SENT");
    }

    @Test
    void aDeliveryWhoseSenderStoppedMidSendIsUncertainAndNotSentAgainByItself() throws Exception {
        String email = "son." + suffix() + "@ninhthuan.gov.vn";
        HttpResponse<String> subscribed = subscribe(Map.of("name", "Đỗ Sơn", "email", email, "unit", PROVINCE,
                "cadence", "MONTHLY"));
        assertThat(subscribed.statusCode()).isEqualTo(201);
        String id = email + ":58:MONTHLY:2024-03";
        Subscription subscription = subscriptions.find(json(subscribed.body()).get("id").toString()).orElseThrow();
        // An instance plans and takes it, then stops before it records the outcome.
        assertThat(deliveries.plan(subscription, Cadence.MONTHLY.latestCompleted(LocalDate.of(2024, 4, 2)), APRIL_2)).isTrue();
        assertThat(deliveries.claim("stopped-sender", APRIL_2, properties.lease())).get()
                .satisfies(claimed -> assertThat(claimed.getString("_id")).isEqualTo(id));

        run.tick(APRIL_2.plus(Duration.ofMinutes(1)));
        assertThat(delivery(id)).containsEntry("state", "SENDING");
        DeliveryRun.Outcome expired = run.tick(APRIL_2.plus(properties.lease()).plusSeconds(1));

        assertThat(expired.uncertain()).isEqualTo(1);
        assertThat(expired.sent()).isZero();
        assertThat(delivery(id)).containsEntry("state", "UNCERTAIN");
        run.tick(APRIL_2.plus(Duration.ofDays(1)));
        assertThat(mailsOf(id)).isEmpty();
        assertThat(states("UNCERTAIN")).contains(id);

        assertThat(call("POST", "/api/v1/analytics/report-deliveries/" + id + "/resend", Api.ops(), null, "en").statusCode())
                .isEqualTo(200);
        run.tick(APRIL_2.plus(Duration.ofDays(1)));
        assertThat(mailsOf(id)).hasSize(1);
        assertThat(delivery(id)).containsEntry("state", "SENT");
    }

    @Test
    void everyBadFieldIsReportedInBothLanguagesAndNothingIsStored() {
        int before = subscriptionCount();
        Map<String, Object> bad = Map.of("name", " ", "email", "lan@@tinh", "unit", "99999", "cadence", "WEEKLY",
                "language", "fr", "format", "odt");

        HttpResponse<String> english = call("POST", "/api/v1/analytics/report-subscriptions", Api.ops(), bad, "en");
        HttpResponse<String> vietnamese = call("POST", "/api/v1/analytics/report-subscriptions", Api.ops(), bad, "vi");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fields(english.body())).containsExactlyInAnyOrder("name", "email", "unit", "cadence", "language", "format");
        assertThat(english.body()).contains("The recipient's name is required", "Invalid e-mail address: lan@@tinh",
                "Unknown unit code: 99999", "Unknown cadence: WEEKLY", "Unsupported language: fr",
                "Unsupported format: odt (choose " + String.join(", ", ReportFiles.FORMATS) + ")");
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("Cần nhập họ tên người nhận", "Địa chỉ thư điện tử không hợp lệ",
                "Mã địa bàn không tồn tại: 99999", "Kỳ gửi không hợp lệ: WEEKLY", "Ngôn ngữ không hỗ trợ: fr",
                "Định dạng không hỗ trợ: odt");
        HttpResponse<String> missing = call("POST", "/api/v1/analytics/report-subscriptions", Api.ops(), Map.of(), "en");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing.body())).containsExactlyInAnyOrder("name", "email", "unit", "cadence");
        assertThat(subscriptionCount()).isEqualTo(before);
    }

    @Test
    void onlyOpsAndAdminManageDeliveriesAndOnlyInsideTheirLocality() {
        Map<String, Object> valid = Map.of("name", "Võ An", "email", "an." + suffix() + "@ninhthuan.gov.vn", "unit", "582",
                "cadence", "MONTHLY");
        String recorder = Api.token("POLICE", null, Role.RECORDER);
        assertThat(call("POST", "/api/v1/analytics/report-subscriptions", recorder, valid, "en").statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/analytics/report-subscriptions", recorder, null, "en").statusCode()).isEqualTo(403);
        HttpResponse<String> deliveriesAsRecorder = call("GET", "/api/v1/analytics/report-deliveries", recorder, null, "en");
        assertThat(deliveriesAsRecorder.statusCode()).isEqualTo(403);
        assertThat(deliveriesAsRecorder.body()).contains("operations staff (OPS) or administrators (ADMIN)");
        assertThat(call("GET", "/api/v1/analytics/report-subscriptions", Api.token("POLICE", null, Role.APPROVER), null, "en")
                .statusCode()).isEqualTo(403);

        String khanhHoaOps = Api.token("POLICE", "56", Role.OPS);
        assertThat(call("POST", "/api/v1/analytics/report-subscriptions", khanhHoaOps, valid, "en").statusCode()).isEqualTo(403);
        String ninhThuanOps = Api.token("POLICE", "58", Role.OPS);
        HttpResponse<String> inside = subscribe(valid, ninhThuanOps);
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(201);
        String location = inside.headers().firstValue("Location").orElseThrow();
        assertThat(call("GET", location, khanhHoaOps, null, "en").statusCode()).isEqualTo(403);
        assertThat(call("DELETE", location, khanhHoaOps, null, "en").statusCode()).isEqualTo(403);
        assertThat(json(call("GET", "/api/v1/analytics/report-subscriptions", khanhHoaOps, null, "en").body())
                .get("subscriptions").toString()).doesNotContain(location.substring(location.lastIndexOf('/') + 1));
        assertThat(call("GET", location, Api.admin(), null, "en").statusCode()).isEqualTo(200);
        assertThat(call("DELETE", location, ninhThuanOps, null, "en").statusCode()).isEqualTo(204);
        assertThat(call("GET", location, Api.admin(), null, "en").statusCode()).isEqualTo(404);
    }

    // --- helpers

    private HttpResponse<String> subscribe(Map<String, Object> body) {
        return subscribe(body, Api.ops());
    }

    private HttpResponse<String> subscribe(Map<String, Object> body, String token) {
        HttpResponse<String> response = call("POST", "/api/v1/analytics/report-subscriptions", token, body, "vi");
        response.headers().firstValue("Location").ifPresent(created::add);
        return response;
    }

    private Map<String, Object> delivery(String id) {
        List<Map<String, Object>> all = list("");
        return all.stream().filter(delivery -> id.equals(delivery.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery " + id + " in " + all));
    }

    private List<String> states(String state) {
        return list("?state=" + state).stream().map(delivery -> delivery.get("id").toString()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String query) {
        HttpResponse<String> response = call("GET", "/api/v1/analytics/report-deliveries" + query, Api.ops(), null, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> answer = json(response.body());
        assertThat(answer).containsEntry("sending", true);
        return (List<Map<String, Object>>) answer.get("deliveries");
    }

    @SuppressWarnings("unchecked")
    private int subscriptionCount() {
        return ((List<Object>) json(call("GET", "/api/v1/analytics/report-subscriptions", Api.admin(), null, "en").body())
                .get("subscriptions")).size();
    }

    /** The messages the SMTP server received for one delivery (its id in the delivery header). */
    private static List<MimeMessage> mailsOf(String deliveryId) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : TestSmtp.server().getReceivedMessages()) {
            String[] header = message.getHeader(DeliveryRun.DELIVERY_HEADER);
            if (header != null && Arrays.asList(header).contains(deliveryId)) {
                mails.add(message);
            }
        }
        return mails;
    }

    private record Parts(String text, Map<String, byte[]> attachments) {
    }

    private static Parts parts(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder();
        Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
        collect(message, text, attachments);
        return new Parts(text.toString(), attachments);
    }

    private static void collect(Part part, StringBuilder text, Map<String, byte[]> attachments) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.put(part.getFileName(), in.readAllBytes());
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(String problem) {
        return ((List<Map<String, Object>>) json(problem).get("errors")).stream()
                .map(error -> String.valueOf(error.get("field"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private HttpResponse<String> call(String method, String path, String token, Object body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
