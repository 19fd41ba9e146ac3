package vn.antq.stack.demo;

import static vn.antq.contracts.award.AwardForm.CERTIFICATE_OF_COMMENDATION;
import static vn.antq.contracts.award.AwardForm.CERTIFICATE_OF_MERIT;
import static vn.antq.contracts.award.AwardForm.PUBLIC_COMMENDATION;
import static vn.antq.contracts.award.RecipientType.COLLECTIVE;
import static vn.antq.contracts.award.RecipientType.INDIVIDUAL;
import static vn.antq.contracts.common.KnownAgencies.FARMERS;
import static vn.antq.contracts.common.KnownAgencies.POLICE;
import static vn.antq.contracts.common.KnownAgencies.VETERANS;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.review.ReviewKind;

/**
 * Review conferences and commendations. Each agency held an interim review (sơ kết) at province level about
 * every year, except the Farmers' Association (one in 2019, the next in 2023: planted); the Police and the
 * Women's Union held their 2021 one jointly. The four held the 2019-2024 final review (tổng kết) together in
 * December 2024 and commended 31 collectives and individuals there, 5 of them Women's Union units with a
 * Certificate of Merit (Bằng khen). A few commendations were given at interim reviews too, none by the Farmers.
 */
final class ReviewPlan {

    static final String FINAL_REVIEW = "FINAL-2019-2024";
    static final LocalDate FINAL_REVIEW_HELD_ON = LocalDate.of(2024, 12, 18);
    static final LocalDate FINAL_DECISIONS_ON = LocalDate.of(2024, 12, 10);

    static final String PEOPLES_COMMITTEE = "Chủ tịch UBND tỉnh Kon Tum";
    static final String STEERING_COMMITTEE = "Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kon Tum";

    private static final String FINAL_CITATION_COLLECTIVE =
            "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024";
    private static final String FINAL_CITATION_COORDINATION =
            "Có thành tích xuất sắc trong phối hợp thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024";
    private static final String FINAL_CITATION_INDIVIDUAL = "Có thành tích tiêu biểu trong tuyên truyền, vận động "
            + "quần chúng tham gia bảo vệ an ninh, trật tự giai đoạn 2019-2024";

    private final List<DemoReview> reviews = new ArrayList<>();
    private final List<DemoAward> awards = new ArrayList<>();
    private final Map<String, Integer> decisionNumbers = new HashMap<>();

    record Result(List<DemoReview> reviews, List<DemoAward> awards, List<Planted> planted) {
    }

    static Result generate() {
        return new ReviewPlan().build();
    }

    private Result build() {
        interim(POLICE, 2019, LocalDate.of(2019, 12, 12));
        interim(POLICE, 2020, LocalDate.of(2020, 12, 10));
        interim(POLICE, 2022, LocalDate.of(2022, 12, 13));
        interim(POLICE, 2023, LocalDate.of(2023, 12, 12));
        interim(WOMEN_UNION, 2019, LocalDate.of(2019, 12, 18));
        interim(WOMEN_UNION, 2020, LocalDate.of(2020, 12, 16));
        interim(WOMEN_UNION, 2022, LocalDate.of(2022, 12, 15));
        interim(WOMEN_UNION, 2023, LocalDate.of(2023, 12, 14));
        reviews.add(new DemoReview("INTERIM-2021-WOMEN_UNION-POLICE", ReviewKind.INTERIM, "JOINT",
                List.of(WOMEN_UNION, POLICE), WOMEN_UNION, LocalDate.of(2021, 12, 14), LocalDate.of(2019, 1, 1),
                LocalDate.of(2021, 11, 30), "Hội nghị sơ kết 3 năm thực hiện Chương trình phối hợp giữa Công an tỉnh "
                        + "và Hội Liên hiệp Phụ nữ tỉnh Kon Tum giai đoạn 2019-2021"));
        for (int year = 2019; year <= 2023; year++) {
            interim(VETERANS, year, LocalDate.of(year, 12, 21 - (year - 2019) % 3));
        }
        interim(FARMERS, 2019, LocalDate.of(2019, 12, 17));
        // The Farmers' next interim review came four years later, covering 2020-2023 at once.
        reviews.add(new DemoReview("INTERIM-2023-FARMERS", ReviewKind.INTERIM, FARMERS, List.of(), FARMERS,
                LocalDate.of(2023, 12, 15), LocalDate.of(2020, 1, 1), LocalDate.of(2023, 11, 30),
                "Hội nghị sơ kết công tác tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2020-2023 "
                        + "của Hội Nông dân tỉnh Kon Tum"));
        reviews.add(new DemoReview(FINAL_REVIEW, ReviewKind.FINAL, "JOINT",
                List.of(WOMEN_UNION, POLICE, VETERANS, FARMERS), WOMEN_UNION, FINAL_REVIEW_HELD_ON,
                LocalDate.of(2019, 1, 1), ActivityPlan.LAST_DAY,
                "Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2019-2024"));

        interimAwards();
        finalAwards();
        return new Result(List.copyOf(reviews), List.copyOf(awards), List.of(new Planted(Planted.Kind.IRREGULAR_REVIEWS,
                FARMERS + "|" + KonTumPlaces.PROVINCE, "Hội Nông dân tỉnh Kon Tum",
                "FARMERS held interim reviews on 2019-12-17 and 2023-12-15 only (48 months apart; the other agencies "
                        + "at most 13 months), and gave no commendation before the 2019-2024 final review")));
    }

    private void interim(String agency, int year, LocalDate heldOn) {
        reviews.add(new DemoReview("INTERIM-" + year + "-" + agency, ReviewKind.INTERIM, agency, List.of(), agency,
                heldOn, LocalDate.of(year, 1, 1), LocalDate.of(year, 11, 30),
                "Hội nghị sơ kết công tác tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc năm " + year + " của "
                        + provincialUnit(agency)));
    }

    private void interimAwards() {
        String joint = "INTERIM-2021-WOMEN_UNION-POLICE";
        LocalDate decided2021 = LocalDate.of(2021, 12, 8);
        award(joint, CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Chi hội phụ nữ thôn 1, xã Đắk Cấm", WOMEN_UNION,
                "608", "23311", "Có thành tích xuất sắc trong thực hiện Chương trình phối hợp giai đoạn 2019-2021",
                decided2021);
        award(joint, CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "Y Nhung, Chi hội trưởng chi hội phụ nữ xã Đắk Xú",
                WOMEN_UNION, "611", "23389", "Có thành tích tiêu biểu trong tuyên truyền phòng, chống mua bán người "
                        + "giai đoạn 2019-2021", decided2021);
        award(joint, CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Công an xã Sa Loong", POLICE, "611", "23398",
                "Có thành tích xuất sắc trong thực hiện Chương trình phối hợp giai đoạn 2019-2021", decided2021);
        award(joint, CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "Đại úy Hoàng Văn Nam, Công an huyện Ia H' Drai",
                POLICE, "618", null, "Có thành tích tiêu biểu trong vận động quần chúng tố giác tội phạm "
                        + "giai đoạn 2019-2021", decided2021);
        award("INTERIM-2022-WOMEN_UNION", CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Liên hiệp Phụ nữ xã Đắk Pék",
                WOMEN_UNION, "610", "23353", "Có thành tích xuất sắc trong công tác Hội tham gia bảo vệ an ninh, "
                        + "trật tự năm 2022", LocalDate.of(2022, 12, 9));
        award("INTERIM-2022-VETERANS", CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Cựu chiến binh xã Tân Cảnh",
                VETERANS, "612", "23437", "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc "
                        + "năm 2022", LocalDate.of(2022, 12, 14));
        award("INTERIM-2022-VETERANS", PUBLIC_COMMENDATION, INDIVIDUAL,
                "A Blong, hội viên Hội Cựu chiến binh xã Măng Cành", VETERANS, "613", "23470",
                "Có thành tích trong hòa giải mâu thuẫn ở cơ sở năm 2022", LocalDate.of(2022, 12, 14));
        award("INTERIM-2023-POLICE", PUBLIC_COMMENDATION, COLLECTIVE, "Công an xã Ia Chim", POLICE, "608", "23326",
                "Có thành tích trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023",
                LocalDate.of(2023, 12, 6));
    }

    private void finalAwards() {
        // Article point 5: Certificates of Merit to collectives for coordinating the movement, 5 from Women's Union units.
        String[][] merit = {
                {"Hội Liên hiệp Phụ nữ thành phố Kon Tum", "608", null},
                {"Hội Liên hiệp Phụ nữ huyện Đắk Hà", "615", null},
                {"Hội Liên hiệp Phụ nữ huyện Ngọc Hồi", "611", null},
                {"Hội Liên hiệp Phụ nữ xã Đắk Blà", "608", "23323"},
                {"Hội Liên hiệp Phụ nữ xã Ya Xiêr", "616", "23548"}};
        for (String[] unit : merit) {
            finalAward(CERTIFICATE_OF_MERIT, COLLECTIVE, unit[0], WOMEN_UNION, unit[1], unit[2]);
        }
        // Article point 7: 31 commended in all; the other 26 across the four agencies.
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Chi hội phụ nữ thôn 4, xã Hơ Moong", WOMEN_UNION, "616", "23534");
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Liên hiệp Phụ nữ xã Ngọc Linh", WOMEN_UNION, "610", "23365");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Y Bleo, Chi hội trưởng chi hội phụ nữ thôn 3, xã Ngọk Bay",
                WOMEN_UNION, "608", "23317");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Nguyễn Thị Thu Hà, cán bộ Hội Liên hiệp Phụ nữ huyện Kon Plông",
                WOMEN_UNION, "613", null);

        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Công an huyện Sa Thầy", POLICE, "616", null);
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Công an xã Đắk Nông", POLICE, "611", "23386");
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Công an thị trấn Plei Kần", POLICE, "611", "23377");
        finalAward(CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "Thiếu tá A Thái, Công an xã Mường Hoong", POLICE, "610", "23362");
        finalAward(CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "Đại úy Nguyễn Văn Minh, Công an huyện Đắk Tô", POLICE, "612", null);
        finalAward(PUBLIC_COMMENDATION, COLLECTIVE,
                "Đội Cảnh sát quản lý hành chính về trật tự xã hội, Công an huyện Kon Rẫy", POLICE, "614", null);
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Trung úy Y Dương, Công an xã Ia Tơi", POLICE, "618", "23538");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Thượng úy Đinh Văn Tuấn, Công an xã Đắk Ring", POLICE, "613", "23455");

        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Cựu chiến binh huyện Đắk Glei", VETERANS, "610", null);
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Chi hội cựu chiến binh thôn 2, xã Đắk Rơ Nga", VETERANS,
                "612", "23427");
        finalAward(CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "A Krông, Chi hội trưởng chi hội cựu chiến binh xã Pờ Ê",
                VETERANS, "613", "23467");
        finalAward(PUBLIC_COMMENDATION, COLLECTIVE, "Hội Cựu chiến binh xã Hòa Bình", VETERANS, "608", "23338");
        finalAward(PUBLIC_COMMENDATION, COLLECTIVE, "Hội Cựu chiến binh thị trấn Đắk Hà", VETERANS, "615", "23500");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Lê Văn Hải, hội viên Hội Cựu chiến binh xã Sa Bình", VETERANS,
                "616", "23545");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "A Nhiên, hội viên Hội Cựu chiến binh xã Đắk Ruồng", VETERANS,
                "614", "23488");

        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Nông dân huyện Đắk Tô", FARMERS, "612", null);
        finalAward(CERTIFICATE_OF_COMMENDATION, COLLECTIVE, "Hội Nông dân xã Đắk Kan", FARMERS, "611", "23392");
        finalAward(CERTIFICATE_OF_COMMENDATION, INDIVIDUAL, "A Thiên, Chi hội trưởng chi hội nông dân xã Đắk Môn",
                FARMERS, "610", "23374");
        finalAward(PUBLIC_COMMENDATION, COLLECTIVE, "Chi hội nông dân thôn 5, xã Diên Bình", FARMERS, "612", "23440");
        finalAward(PUBLIC_COMMENDATION, COLLECTIVE, "Hội Nông dân xã Ngok Wang", FARMERS, "615", "23515");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Trần Văn Tiến, hội viên Hội Nông dân xã Vinh Quang", FARMERS,
                "608", "23320");
        finalAward(PUBLIC_COMMENDATION, INDIVIDUAL, "Y Hiên, hội viên Hội Nông dân xã Đắk Tăng", FARMERS, "613", "23461");
    }

    private void finalAward(AwardForm form, RecipientType type, String name, String agency, String district,
                            String commune) {
        String citation = form == CERTIFICATE_OF_MERIT ? FINAL_CITATION_COORDINATION
                : type == COLLECTIVE ? FINAL_CITATION_COLLECTIVE : FINAL_CITATION_INDIVIDUAL;
        award(FINAL_REVIEW, form, type, name, agency, district, commune, citation, FINAL_DECISIONS_ON);
    }

    private void award(String review, AwardForm form, RecipientType type, String name, String agency,
                       String district, String commune, String citation, LocalDate decidedOn) {
        String issuer = issuer(form, agency, review.equals(FINAL_REVIEW));
        // Unique per issuer, as award-service requires: one decision per award.
        int number = decisionBase(form) + decisionNumbers.merge(issuer + "|" + form, 1, Integer::sum);
        String decisionNo = number + "/QĐ-" + issuerCode(issuer);
        awards.add(new DemoAward("AWARD-" + (awards.size() + 1), review, form, type, name, agency, district, commune,
                citation, issuer, decisionNo, decidedOn));
    }

    /**
     * Bằng khen come from the province's People's Committee; biểu dương at the final review from the movement's
     * steering committee; anything else from the head of the recipient's agency.
     */
    private static String issuer(AwardForm form, String agency, boolean atFinalReview) {
        if (form == CERTIFICATE_OF_MERIT) {
            return PEOPLES_COMMITTEE;
        }
        if (form == PUBLIC_COMMENDATION && atFinalReview) {
            return STEERING_COMMITTEE;
        }
        return switch (agency) {
            case POLICE -> "Giám đốc Công an tỉnh Kon Tum";
            case WOMEN_UNION -> "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Kon Tum";
            case VETERANS -> "Chủ tịch Hội Cựu chiến binh tỉnh Kon Tum";
            case FARMERS -> "Chủ tịch Hội Nông dân tỉnh Kon Tum";
            default -> throw new IllegalArgumentException(agency);
        };
    }

    private static int decisionBase(AwardForm form) {
        return switch (form) {
            case CERTIFICATE_OF_MERIT -> 2814;
            case CERTIFICATE_OF_COMMENDATION -> 410;
            case PUBLIC_COMMENDATION -> 95;
        };
    }

    private static String issuerCode(String issuer) {
        if (issuer.equals(PEOPLES_COMMITTEE)) {
            return "UBND";
        }
        if (issuer.equals(STEERING_COMMITTEE)) {
            return "BCĐ";
        }
        return issuer.contains("Công an") ? "CAT" : issuer.contains("Phụ nữ") ? "HPN"
                : issuer.contains("Cựu chiến binh") ? "CCB" : "HND";
    }

    static String provincialUnit(String agency) {
        return switch (agency) {
            case POLICE -> "Công an tỉnh Kon Tum";
            case WOMEN_UNION -> "Hội Liên hiệp Phụ nữ tỉnh Kon Tum";
            case VETERANS -> "Hội Cựu chiến binh tỉnh Kon Tum";
            case FARMERS -> "Hội Nông dân tỉnh Kon Tum";
            default -> agency;
        };
    }
}
