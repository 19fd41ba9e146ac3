package vn.antq.stack.demo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.kit.security.Role;
import vn.antq.stack.IdentityTokens;
import vn.antq.stack.ServiceClient;

/**
 * The demo commune's reports of 2024 (its activities, month by month) for every agency: submitted by the agency's
 * commune recorder ({@code <agency>.commune.recorder}), approved by its district approver
 * ({@code <agency>.district.approver}); June is first returned with a reason, completed and submitted again. So a
 * fresh demo has approved, locked months to try: a new activity of May 2024 in Xã Tân Cảnh is refused, naming the
 * district approver. The steps happen when the demo is loaded: the dates of submission are that day's.
 */
final class PeriodLoader {

    static final List<String> MONTHS = List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
            "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
    static final String RETURNED_MONTH = "2024-06";
    static final String RETURN_REASON = "Thiếu số người tham dự buổi họp thôn ngày 14/6, đề nghị bổ sung.";
    private static final Duration TTL = Duration.ofHours(2);
    private static final Set<Integer> OK = Set.of(200);

    private final ServiceClient events;
    private final IdentityTokens issuer;
    private final LoadTally tally;

    /**
     * What analytics finds in these periods: every agency's Xã Tân Cảnh sent all twelve months of 2024, none by the 5th
     * of the month after (they are submitted when the demo is loaded), so each is an IRREGULAR_REPORTING of low
     * severity. The other units have not begun reporting on the platform: they are not judged.
     */
    static List<Planted> planted() {
        String commune = KonTumPlaces.get().commune(DemoAccounts.COMMUNE).name();
        return KnownAgencies.ALL.stream().map(agency -> new Planted(Planted.Kind.IRREGULAR_REPORTING,
                agency.code() + "|" + DemoAccounts.COMMUNE, commune, "12 of 12 monthly reports of 2024 sent, 0 on time"))
                .toList();
    }

    PeriodLoader(ServiceClient events, IdentityTokens issuer, LoadTally tally) {
        this.events = events;
        this.issuer = issuer;
        this.tally = tally;
    }

    void load() {
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            String slug = agency.code().toLowerCase(Locale.ROOT).replace('_', '-');
            String recorder = issuer.issue(slug + ".commune.recorder", agency.code(), List.of(Role.RECORDER),
                    DemoAccounts.COMMUNE, TTL);
            String approver = issuer.issue(slug + ".district.approver", agency.code(), List.of(Role.APPROVER),
                    DemoAccounts.DISTRICT, TTL);
            for (String month : MONTHS) {
                String path = "/api/v1/periods/" + agency.code() + "/" + DemoAccounts.COMMUNE + "/" + month;
                String state = events.get(path, recorder, OK).text("state");
                if ("APPROVED".equals(state)) {
                    tally.count("approved periods", false);
                    continue;
                }
                if ("OPEN".equals(state) || "RETURNED".equals(state)) {
                    events.postJson(path + "/submit", recorder, Map.of(), Map.of(), OK);
                }
                if (RETURNED_MONTH.equals(month) && "OPEN".equals(state)) {
                    events.postJson(path + "/return", approver, Map.of("reason", RETURN_REASON), Map.of(), OK);
                    events.postJson(path + "/submit", recorder, Map.of(), Map.of(), OK);
                }
                events.postJson(path + "/approve", approver, Map.of(), Map.of(), OK);
                tally.count("approved periods", true);
            }
        }
    }
}
