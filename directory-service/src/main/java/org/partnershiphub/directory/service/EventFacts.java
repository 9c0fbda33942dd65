package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.config.HubConfig;
import org.partnershiphub.directory.domain.Meeting;
import org.partnershiphub.directory.domain.Membership;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.Person;
import org.partnershiphub.directory.domain.Post;
import org.partnershiphub.directory.messaging.events.MeetingEvent;
import org.partnershiphub.directory.messaging.events.MembershipEvent;
import org.partnershiphub.directory.messaging.events.PartnershipEvent;
import org.partnershiphub.directory.messaging.events.PartnershipRef;

import java.time.Instant;
import java.util.List;

/** Builds the events the directory publishes, each carrying the partnership, areas and themes it concerns. */
@ApplicationScoped
class EventFacts {

    private final HubConfig config;

    EventFacts(HubConfig config) {
        this.config = config;
    }

    PartnershipEvent partnership(String type, Partnership p) {
        return new PartnershipEvent(type, p.id, p.slug, p.name, p.type.code(), p.status, p.statutory, p.parentId,
                p.dissolvedOn, p.name, p.vision, subject(p), areas(p), themes(p),
                config.url("/partnerships/" + p.id), Instant.now());
    }

    MembershipEvent membership(String type, Membership m, Partnership p, Person person, Post post, Organisation org) {
        String title = person.name + ", " + m.role + " of " + p.name;
        String summary = (org != null ? "On behalf of " + org.name + ". " : "")
                + (MembershipEvent.ENDED.equals(type) ? "Until " + m.endsOn : "From " + m.startsOn)
                + (post != null ? " (" + post.title + ")" : "");
        return new MembershipEvent(type, m.id, p.id, person.name, m.role, post == null ? null : post.title,
                org == null ? null : org.name, m.startsOn, m.endsOn, title, summary, subject(p), areas(p), themes(p),
                config.url("/memberships/" + m.id), Instant.now());
    }

    MeetingEvent meeting(String type, Meeting m, Partnership p) {
        String summary = p.name + (m.place != null ? ", " + m.place : "")
                + (Meeting.CANCELLED.equals(m.status) ? " (cancelled)" : "");
        return new MeetingEvent(type, m.id, p.id, m.startsAt, m.endsAt, m.place, m.isPublic, m.title, summary,
                subject(p), areas(p), themes(p), config.url("/meetings/" + m.id), Instant.now());
    }

    private static List<PartnershipRef> subject(Partnership p) {
        return List.of(new PartnershipRef(p.id, p.name, "subject"));
    }

    private static List<String> areas(Partnership p) {
        return p.areaCodes.stream().sorted().toList();
    }

    private static List<String> themes(Partnership p) {
        return p.themeCodes.stream().sorted().toList();
    }
}
