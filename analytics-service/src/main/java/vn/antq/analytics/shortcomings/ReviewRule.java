package vn.antq.analytics.shortcomings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antq.analytics.query.Readable;
import vn.antq.analytics.reviewcadence.ReviewCadence.Gap;
import vn.antq.analytics.reviewcadence.ReviewCadence.Review;
import vn.antq.contracts.common.Label;

/**
 * IRREGULAR_REVIEWS: an agency that, in a locality where it holds review conferences, went more than
 * {@code maxGapMonths} without one (sơ kết or tổng kết) within the period; or that held interim reviews in the period
 * without a single commendation of its units there in the years it held them. The gaps are those between
 * consecutive reviews, from the last review before the period (or its start) to the first in it, and from the last
 * one to the end of the period (today at the latest). Judged only where the agency held a review by the end of the
 * period. Severity: HIGH when the gap is at least twice the limit, or too long and without commendations; MEDIUM
 * otherwise. Pure.
 */
public final class ReviewRule {

    private final ShortcomingThresholds.Reviews thresholds;
    private final Function<String, Label> agencyNames;

    public ReviewRule(ShortcomingThresholds.Reviews thresholds, Function<String, Label> agencyNames) {
        this.thresholds = thresholds;
        this.agencyNames = agencyNames;
    }

    /**
     * @param start the first day of the period, or null for "since the first review"
     * @param end   the last day judged: the period's last day, or today if earlier
     */
    public List<Finding> judge(List<ReviewFigures> groups, LocalDate start, LocalDate end) {
        List<Finding> findings = new ArrayList<>();
        for (ReviewFigures group : groups) {
            List<LocalDate> held = group.reviews().stream().map(Review::heldOn).filter(day -> !day.isAfter(end)).sorted()
                    .toList();
            if (held.isEmpty()) {
                continue;
            }
            Optional<Gap> gap = longestGap(held, start, end);
            boolean tooLong = gap.isPresent() && gap.get().months() > thresholds.maxGapMonths();
            TreeSet<Integer> interimYears = group.reviews().stream()
                    .filter(review -> "INTERIM".equals(review.kind()) && within(review.heldOn(), start, end))
                    .map(review -> review.heldOn().getYear()).collect(Collectors.toCollection(TreeSet::new));
            long commendations = interimYears.stream()
                    .mapToLong(year -> group.commendationsByYear().getOrDefault(year, 0L)).sum();
            boolean uncommended = !interimYears.isEmpty() && commendations == 0;
            if (tooLong || uncommended) {
                findings.add(finding(group, start, end, gap.orElse(null), tooLong, interimYears, commendations, uncommended));
            }
        }
        return findings;
    }

    /**
     * The longest time without a review within the period: between consecutive reviews, from the last review before
     * {@code start} (or {@code start} itself) to the first one after, and from the last one to {@code end}.
     *
     * @param held the days reviews were held, sorted, none after {@code end}
     */
    public static Optional<Gap> longestGap(List<LocalDate> held, LocalDate start, LocalDate end) {
        LocalDate previous = null;
        List<LocalDate> points = new ArrayList<>();
        for (LocalDate day : held) {
            if (start != null && day.isBefore(start)) {
                previous = day;
            } else {
                points.add(day);
            }
        }
        if (previous == null) {
            previous = start != null ? start : held.get(0);
        }
        points.add(end);
        Gap longest = null;
        for (LocalDate day : points) {
            long days = ChronoUnit.DAYS.between(previous, day);
            if (longest == null || days > longest.days()) {
                longest = new Gap(previous, day, days, ChronoUnit.MONTHS.between(previous, day));
            }
            previous = day;
        }
        return Optional.ofNullable(longest);
    }

    private Finding finding(ReviewFigures group, LocalDate start, LocalDate end, Gap gap, boolean tooLong,
            TreeSet<Integer> interimYears, long commendations, boolean uncommended) {
        Label agency = agencyNames.apply(group.agency());
        String place = group.localityName() == null ? group.locality() : group.localityName();
        List<Review> inPeriod = group.reviews().stream().filter(review -> within(review.heldOn(), start, end)).toList();
        Evidence evidence = new Evidence.IrregularReviews(inPeriod.size(),
                inPeriod.stream().filter(review -> "INTERIM".equals(review.kind())).count(),
                inPeriod.stream().filter(review -> "FINAL".equals(review.kind())).count(),
                gap == null ? null : gap.months(), gap == null ? null : gap.days(),
                interimYears.isEmpty() ? null : commendations);
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (tooLong) {
            boolean open = gap.to().equals(end) && group.reviews().stream().noneMatch(r -> r.heldOn().equals(end));
            Locale viLocale = Locale.forLanguageTag("vi");
            vi.add(gap.months() + " tháng không tổ chức hội nghị sơ kết, tổng kết (từ " + Readable.shortDate(gap.from(), viLocale)
                    + " đến " + Readable.shortDate(open ? end : gap.to(), viLocale) + ")");
            en.add("no review conference for " + Wording.en(gap.months(), "month", "months") + " (from "
                    + Readable.shortDate(gap.from(), Locale.ENGLISH) + " to " + Readable.shortDate(open ? end : gap.to(), Locale.ENGLISH)
                    + ")");
        }
        if (uncommended) {
            String years = interimYears.stream().map(String::valueOf).collect(Collectors.joining(", "));
            vi.add("không khen thưởng trong các năm sơ kết (" + years + ")");
            en.add("no commendation in the years of its interim reviews (" + years + ")");
        }
        Severity severity = tooLong && (gap.months() >= 2L * thresholds.maxGapMonths() || uncommended)
                ? Severity.HIGH : Severity.MEDIUM;
        Subject subject = new Subject.AgencyLocality(group.agency() + "|" + group.locality(), agency.vi() + " – " + place,
                group.agency(), group.locality(), group.localityName());
        return new Finding(ShortcomingKind.IRREGULAR_REVIEWS, severity, subject, evidence, new Label(
                agency.vi() + " (" + place + "): " + String.join("; ", vi) + ".",
                agency.en() + " (" + place + "): " + String.join("; ", en) + "."));
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return (start == null || !day.isBefore(start)) && !day.isAfter(end);
    }
}
