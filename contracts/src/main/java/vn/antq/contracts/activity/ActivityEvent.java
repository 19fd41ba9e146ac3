package vn.antq.contracts.activity;

import static vn.antq.contracts.common.Invariants.distinctPartners;
import static vn.antq.contracts.common.Invariants.distinctTexts;
import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireAgencyCode;
import static vn.antq.contracts.common.Invariants.requireAtMost;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireOrdered;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;

/**
 * The full state of an outreach activity (hoạt động tuyên truyền) after a change; the body of
 * activity.recorded, .revised and .cancelled.
 *
 * @param partnerAgencies co-organising agencies, never including {@code agency} itself
 * @param participants    person-times (lượt người): one person at three events counts three
 * @param reach           views or listeners, for online and broadcast activities
 * @param copies          copies printed, for publications
 * @param materials       the ids of the library's materials the activity used, distinct; none when it named none
 *                        (added to v1 as an optional field: an event without it used none)
 */
public record ActivityEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        String agency,
        List<String> partnerAgencies,
        Level level,
        Locality locality,
        ActivityKind kind,
        Channel channel,
        List<String> topics,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        long participants,
        long women,
        long ethnicMinority,
        long reach,
        long copies,
        ActivityStatus status,
        List<String> materials) implements EventBody {

    /** An activity that names no material. */
    public ActivityEvent(String id, long version, String actor, Instant occurredAt, String agency,
                         List<String> partnerAgencies, Level level, Locality locality, ActivityKind kind, Channel channel,
                         List<String> topics, String title, LocalDate startDate, LocalDate endDate, long participants,
                         long women, long ethnicMinority, long reach, long copies, ActivityStatus status) {
        this(id, version, actor, occurredAt, agency, partnerAgencies, level, locality, kind, channel, topics, title,
                startDate, endDate, participants, women, ethnicMinority, reach, copies, status, List.of());
    }

    public ActivityEvent {
        requireEventFields(id, version, actor, occurredAt);
        requireAgencyCode(agency, "agency");
        partnerAgencies = distinctPartners(partnerAgencies, agency);
        require(level, "level");
        require(locality, "locality");
        require(kind, "kind");
        require(channel, "channel");
        if (!kind.allows(channel)) {
            throw new IllegalArgumentException("channel " + channel + " does not fit kind " + kind);
        }
        topics = distinctTexts(topics, "topics");
        requireText(title, "title");
        require(startDate, "startDate");
        require(endDate, "endDate");
        requireOrdered(startDate, "startDate", endDate, "endDate");
        requireCount(participants, "participants");
        requireCount(women, "women");
        requireCount(ethnicMinority, "ethnicMinority");
        requireCount(reach, "reach");
        requireCount(copies, "copies");
        requireAtMost(women, "women", participants, "participants");
        requireAtMost(ethnicMinority, "ethnicMinority", participants, "participants");
        require(status, "status");
        materials = distinctTexts(materials, "materials");
    }
}
