package org.partnershiphub.directory.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Area;
import org.partnershiphub.directory.domain.Meeting;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.messaging.Outbox;
import org.partnershiphub.directory.messaging.events.MeetingEvent;
import org.partnershiphub.directory.repository.AreaRepository;
import org.partnershiphub.directory.repository.MeetingRepository;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.rest.MeetingRequest;
import org.partnershiphub.directory.rest.MeetingView;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MeetingService {

    public static final String RESOURCE = "meeting";

    /** Narrows a meeting list; null criteria are ignored. */
    public record Criteria(UUID partnership, String area, boolean includeSubAreas, String status, Boolean isPublic,
                           Instant from, Instant to, Instant modifiedAfter) {
    }

    /** A public meeting for a calendar feed, with the name of the partnership holding it. */
    public record CalendarEntry(MeetingView meeting, String partnershipName) {
    }

    /** A named calendar of public meetings. */
    public record CalendarFeed(String name, List<CalendarEntry> entries) {
    }

    private static final TypeReference<List<MeetingRequest.AgendaItem>> AGENDA = new TypeReference<>() { };
    private static final TypeReference<List<MeetingRequest.DocumentLink>> DOCUMENTS = new TypeReference<>() { };

    private final MeetingRepository meetings;
    private final PartnershipRepository partnerships;
    private final AreaRepository areas;
    private final References references;
    private final EventFacts events;
    private final Outbox outbox;
    private final ObjectMapper json;

    MeetingService(MeetingRepository meetings, PartnershipRepository partnerships, AreaRepository areas,
                   References references, EventFacts events, Outbox outbox, ObjectMapper json) {
        this.meetings = meetings;
        this.partnerships = partnerships;
        this.areas = areas;
        this.references = references;
        this.events = events;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public MeetingView schedule(MeetingRequest r) {
        Partnership partnership = references.partnership("partnership_id", r.partnershipId());
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw DomainException.unprocessable("Meeting ends before it starts",
                    "ends_at " + r.endsAt() + " must be after starts_at " + r.startsAt(), "ends_at");
        }
        for (int i = 0; i < r.agendaOrEmpty().size(); i++) {
            MeetingRequest.AgendaItem item = r.agendaOrEmpty().get(i);
            references.theme("agenda[" + i + "].theme", item.theme());
            if (item.feedbackPartnershipId() != null) {
                references.partnership("agenda[" + i + "].feedback_partnership_id", item.feedbackPartnershipId());
            }
        }
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.partnershipId = partnership.id;
        m.title = r.title().strip();
        m.startsAt = r.startsAt();
        m.endsAt = r.endsAt();
        m.place = r.place();
        m.isPublic = r.isPublic() == null || r.isPublic();
        m.agenda = write(r.agendaOrEmpty());
        m.documents = write(r.documentsOrEmpty());
        m.createdAt = Instant.now();
        m.updatedAt = m.createdAt;
        meetings.persist(m);
        outbox.publish(events.meeting(MeetingEvent.SCHEDULED, m, partnership));
        return view(m);
    }

    @Transactional
    public MeetingView cancel(UUID id) {
        Meeting m = meetings.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Meeting", id));
        if (!Meeting.SCHEDULED.equals(m.status)) {
            throw DomainException.conflict("Meeting not scheduled", "The meeting is " + m.status + " and cannot be cancelled", "status");
        }
        m.status = Meeting.CANCELLED;
        m.updatedAt = Instant.now();
        outbox.publish(events.meeting(MeetingEvent.CANCELLED, m, partnerships.findById(m.partnershipId)));
        return view(m);
    }

    @Transactional
    public MeetingView markHeld(UUID id) {
        Meeting m = meetings.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Meeting", id));
        if (!Meeting.SCHEDULED.equals(m.status)) {
            throw DomainException.conflict("Meeting not scheduled", "The meeting is " + m.status, "status");
        }
        m.status = Meeting.HELD;
        m.updatedAt = Instant.now();
        return view(m);
    }

    @Transactional
    public Optional<MeetingView> find(UUID id) {
        return meetings.findByIdOptional(id).map(this::view);
    }

    @Transactional
    public PageSlice<MeetingView> list(Criteria c, int page, int perPage) {
        PanacheQuery<Meeting> query = filtered(c, null).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(this::view);
    }

    /** The next matches after a given id, in id order: how ndjson streams a whole collection. */
    @Transactional
    public List<MeetingView> after(Criteria c, UUID after, int size) {
        return filtered(c, Keyset.after(after)).page(Page.ofSize(size)).list().stream().map(this::view).toList();
    }

    private PanacheQuery<Meeting> filtered(Criteria c, UUID after) {
        List<UUID> inArea = c.area() == null ? null : partnershipsIn(c.area(), c.includeSubAreas());
        return meetings.filtered(c.partnership(), inArea == null ? null : nonEmpty(inArea),
                c.status(), c.isPublic(), c.from(), c.to(), c.modifiedAfter(), after);
    }

    /** Public meetings of one partnership, from a time. */
    @Transactional
    public CalendarFeed calendarOfPartnership(UUID partnershipId, Instant from) {
        Partnership p = partnerships.findByIdOptional(partnershipId)
                .orElseThrow(() -> DomainException.notFound("Partnership", partnershipId));
        return new CalendarFeed("Meetings of " + p.name,
                meetings.publicOf(List.of(p.id), from).stream().map(m -> new CalendarEntry(view(m), p.name)).toList());
    }

    /** Public meetings of partnerships serving an area or any area inside it. */
    @Transactional
    public CalendarFeed calendarOfArea(String code, Instant from) {
        Area area = areas.findByIdOptional(code).orElseThrow(() -> DomainException.notFound("Area", code));
        Map<UUID, String> serving = partnerships.servingAny(areas.withDescendants(code)).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.name));
        return new CalendarFeed("Partnership meetings in " + area.name,
                meetings.publicOf(serving.keySet(), from).stream()
                        .map(m -> new CalendarEntry(view(m), serving.get(m.partnershipId))).toList());
    }

    private List<UUID> partnershipsIn(String area, boolean includeSubAreas) {
        List<String> codes = includeSubAreas ? areas.withDescendants(area) : List.of(area);
        return partnerships.servingAny(codes).stream().map(p -> p.id).toList();
    }

    private static List<UUID> nonEmpty(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    MeetingView view(Meeting m) {
        try {
            return new MeetingView(m.id, m.partnershipId, m.title, m.startsAt, m.endsAt, m.place, m.isPublic, m.status,
                    json.readValue(m.agenda, AGENDA), json.readValue(m.documents, DOCUMENTS), m.updatedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored agenda of meeting " + m.id + " is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(Objects.requireNonNull(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agenda cannot be written as JSON", e);
        }
    }
}
