package org.partnershiphub.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementKind;
import org.partnershiphub.engagement.domain.EngagementStatus;
import org.partnershiphub.engagement.domain.PartnershipRef;
import org.partnershiphub.engagement.domain.StatusChange;
import org.partnershiphub.engagement.domain.TargetRef;
import org.partnershiphub.engagement.messaging.Outbox;
import org.partnershiphub.engagement.messaging.events.EngagementNotice;
import org.partnershiphub.engagement.repository.AreaRefRepository;
import org.partnershiphub.engagement.repository.EngagementRepository;
import org.partnershiphub.engagement.repository.PartnershipRefRepository;
import org.partnershiphub.engagement.repository.StatusChangeRepository;
import org.partnershiphub.engagement.repository.TargetRefRepository;
import org.partnershiphub.engagement.rest.ClashPairView;
import org.partnershiphub.engagement.rest.ClashView;
import org.partnershiphub.engagement.rest.EngagementRequest;
import org.partnershiphub.engagement.rest.EngagementView;
import org.partnershiphub.engagement.rest.LinksRequest;
import org.partnershiphub.engagement.rest.StatusChangeView;
import org.partnershiphub.engagement.rest.TransitionRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class EngagementService {

    /** Due dates and "today" are reckoned in the partnerships' own time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final EngagementRepository engagements;
    private final StatusChangeRepository history;
    private final PartnershipRefRepository partnerships;
    private final TargetRefRepository targets;
    private final AreaRefRepository areas;
    private final Outbox outbox;
    private final EngagementConfig config;
    private final String publicUrl;

    EngagementService(EngagementRepository engagements, StatusChangeRepository history,
                      PartnershipRefRepository partnerships, TargetRefRepository targets, AreaRefRepository areas,
                      Outbox outbox,
                      EngagementConfig config, @ConfigProperty(name = "hub.public-url") String publicUrl) {
        this.engagements = engagements;
        this.history = history;
        this.partnerships = partnerships;
        this.targets = targets;
        this.areas = areas;
        this.outbox = outbox;
        this.config = config;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Transactional
    public EngagementView create(EngagementRequest request, String by) {
        Instant endsAt = request.endsAt() != null ? request.endsAt() : request.startsAt();
        if (endsAt.isBefore(request.startsAt())) {
            throw DomainException.unprocessable("Ends before it starts", "ends_at must be on or after starts_at", "ends_at");
        }
        Vocabulary.requireThemes(request.themesOrEmpty(), "themes");
        Vocabulary.requireAreas(request.areas(), "areas");
        Vocabulary.requireAudiences(request.audiencesOrEmpty(), "audiences");
        requireKnownPartnerships(request.partnershipIds(), "partnership_ids");
        requireKnownTargets(request.targetIdsOrEmpty(), "target_ids");

        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.kind = EngagementKind.fromCode(request.kind()).orElseThrow();
        e.title = request.title().strip();
        e.summary = request.summary();
        e.status = EngagementStatus.PLANNED;
        e.partnershipIds = distinct(request.partnershipIds()).toArray(UUID[]::new);
        e.themes = distinct(request.themesOrEmpty()).toArray(String[]::new);
        e.areas = distinct(request.areas()).toArray(String[]::new);
        e.audiences = distinct(request.audiencesOrEmpty()).toArray(String[]::new);
        e.targetIds = distinct(request.targetIdsOrEmpty()).toArray(UUID[]::new);
        e.startsAt = request.startsAt();
        e.endsAt = endsAt;
        e.place = request.place();
        e.onlineUrl = request.onlineUrl();
        e.contactRole = request.contactRole();
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        engagements.persist(e);
        record(e, null, EngagementStatus.PLANNED, by, null);
        outbox.publish(notice(EngagementNotice.ENGAGEMENT_SCHEDULED, e));
        engagements.flush();
        return view(e, history(e), clashes(e));
    }

    @Transactional
    public Optional<EngagementView> find(UUID id) {
        return engagements.findByIdOptional(id).map(e -> view(e, history(e), null));
    }

    @Transactional
    public PageSlice<EngagementView> search(EngagementRepository.Filter filter, int page, int perPage) {
        EngagementRepository.Page found = engagements.search(filter, page, perPage);
        return new PageSlice<>(views(found.items()), found.total(), page, perPage);
    }

    /**
     * Moves an engagement along its lifecycle, records who did it, and announces consultations opening
     * and closing. Publishing the outcome is the only way to outcome-published.
     */
    @Transactional
    public EngagementView transition(UUID id, TransitionRequest request, String by) {
        Engagement e = get(id);
        EngagementStatus to = EngagementStatus.fromCode(request.status()).orElseThrow(() ->
                DomainException.unprocessable("Unknown status", "'" + request.status()
                        + "' is not a status; use open, closed or cancelled", "status"));
        if (to == EngagementStatus.OUTCOME_PUBLISHED) {
            throw illegal(e, to, "publish the outcome (POST /engagements/" + id + "/outcome/publish) to move to outcome-published");
        }
        if (!e.status.next().contains(to)) {
            throw illegal(e, to, null);
        }
        if (request.closedOn() != null && to != EngagementStatus.CLOSED) {
            throw DomainException.unprocessable("closed_on only applies when closing",
                    "leave out closed_on unless the status is closed", "closed_on");
        }
        EngagementStatus from = e.status;
        e.status = to;
        e.updatedAt = Instant.now();
        if (to == EngagementStatus.CLOSED) {
            e.closedOn = request.closedOn() != null ? request.closedOn() : today();
            e.feedbackDueOn = e.closedOn.plusDays(config.feedbackDueDays());
        }
        record(e, from, to, by, request.note());
        if (e.kind.asksForViews() && to == EngagementStatus.OPEN) {
            outbox.publish(notice(EngagementNotice.CONSULTATION_OPENED, e));
        } else if (e.kind.asksForViews() && to == EngagementStatus.CLOSED) {
            outbox.publish(notice(EngagementNotice.CONSULTATION_CLOSED, e));
        }
        return view(e, history(e), to == EngagementStatus.OPEN ? clashes(e) : null);
    }

    @Transactional
    public EngagementView link(UUID id, LinksRequest request) {
        Engagement e = get(id);
        Vocabulary.requireThemes(request.themes(), "themes");
        requireKnownTargets(request.targetIds(), "target_ids");
        e.targetIds = distinct(request.targetIds()).toArray(UUID[]::new);
        e.themes = distinct(request.themes()).toArray(String[]::new);
        e.updatedAt = Instant.now();
        return view(e, history(e), null);
    }

    @Transactional
    public List<StatusChangeView> statusHistory(UUID id) {
        return history(get(id));
    }

    @Transactional
    public List<ClashView> clashesOf(UUID id) {
        return clashes(get(id));
    }

    @Transactional
    public List<ClashPairView> clashesBetween(Instant from, Instant to, int limit) {
        List<Object[]> pairs = engagements.clashingPairs(from, to, limit);
        Set<UUID> ids = new LinkedHashSet<>();
        pairs.forEach(p -> {
            ids.add((UUID) p[0]);
            ids.add((UUID) p[1]);
        });
        Map<UUID, Engagement> byId = engagements.byIds(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));
        Map<UUID, EngagementView> viewById = views(List.copyOf(byId.values())).stream()
                .collect(Collectors.toMap(EngagementView::id, v -> v));
        return pairs.stream().map(p -> {
            Engagement a = byId.get((UUID) p[0]);
            Engagement b = byId.get((UUID) p[1]);
            return new ClashPairView(viewById.get(a.id), viewById.get(b.id), ClashView.between(a, b, meeting(a, b)));
        }).toList();
    }

    /** An engagement with the time it opened, for the feed of newly opened consultations. */
    public record Opened(EngagementView engagement, Instant openedAt) {
    }

    @Transactional
    public List<Opened> recentlyOpenedConsultations(int limit) {
        List<Object[]> rows = engagements.recentlyOpenedConsultations(limit);
        Map<UUID, EngagementView> byId = views(engagements.byIds(rows.stream().map(r -> (UUID) r[0]).toList())).stream()
                .collect(Collectors.toMap(EngagementView::id, v -> v));
        return rows.stream().map(r -> new Opened(byId.get((UUID) r[0]), toInstant(r[1]))).toList();
    }

    @Transactional
    public List<EngagementView> upcomingEvents(int limit) {
        return views(engagements.upcomingEvents(Instant.now(), limit));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    // --- used by the other services of this package ---

    Engagement get(UUID id) {
        return engagements.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Engagement", id));
    }

    void record(Engagement e, EngagementStatus from, EngagementStatus to, String by, String note) {
        StatusChange change = new StatusChange();
        change.engagementId = e.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = Instant.now();
        change.changedBy = by;
        change.note = note;
        history.persist(change);
    }

    EngagementNotice notice(String type, Engagement e) {
        Map<UUID, String> names = partnershipNames(Arrays.asList(e.partnershipIds));
        return new EngagementNotice(type, e.id, e.kind.code(), e.status.code(), e.startsAt, e.endsAt, e.feedbackDueOn,
                e.title, e.summary, List.of(e.audiences),
                Arrays.stream(e.partnershipIds).map(id -> EngagementNotice.Organiser.of(id, names.get(id))).toList(),
                List.of(e.areas), List.of(e.themes), url(e), Instant.now());
    }

    String url(Engagement e) {
        return publicUrl + "/engagements/" + e.id;
    }

    String publicUrl() {
        return publicUrl;
    }

    void requireKnownPartnerships(Collection<UUID> ids, String field) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        Map<UUID, PartnershipRef> known = partnerships.byIds(wanted).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        for (UUID id : wanted) {
            PartnershipRef p = known.get(id);
            if (p == null) {
                throw DomainException.unprocessable("Unknown partnership", "No partnership " + id
                        + " is known from the directory; use the id of a registered partnership", field);
            }
            if ("dissolved".equals(p.status)) {
                throw DomainException.unprocessable("Dissolved partnership", p.name + " (" + id
                        + ") has been dissolved and cannot organise new work", field);
            }
        }
    }

    void requireKnownTargets(Collection<UUID> ids, String field) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        Set<UUID> known = targets.byIds(wanted).stream().map(t -> t.id).collect(Collectors.toSet());
        for (UUID id : wanted) {
            if (!known.contains(id)) {
                throw DomainException.unprocessable("Unknown target", "No LAA target " + id
                        + " is known from performance-service; use the id of a target that has been set", field);
            }
        }
    }

    Map<UUID, String> partnershipNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        partnerships.byIds(Set.copyOf(ids)).forEach(p -> names.put(p.id, p.name));
        return names;
    }

    List<List<String>> partnershipAreas(Collection<UUID> ids) {
        return partnerships.byIds(Set.copyOf(ids)).stream().map(p -> List.of(p.areas)).toList();
    }

    Map<UUID, String> targetTitles(Collection<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        targets.byIds(Set.copyOf(ids)).forEach((TargetRef t) -> titles.put(t.id, t.title));
        return titles;
    }

    List<EngagementView> views(List<Engagement> list) {
        Set<UUID> partnershipIds = new LinkedHashSet<>();
        Set<UUID> targetIds = new LinkedHashSet<>();
        list.forEach(e -> {
            partnershipIds.addAll(Arrays.asList(e.partnershipIds));
            targetIds.addAll(Arrays.asList(e.targetIds));
        });
        Map<UUID, String> names = partnershipNames(partnershipIds);
        Map<UUID, String> titles = targetTitles(targetIds);
        LocalDate today = today();
        return list.stream().map(e -> EngagementView.from(e, names, titles, today, null, null)).toList();
    }

    private EngagementView view(Engagement e, List<StatusChangeView> statusHistory, List<ClashView> clashes) {
        return EngagementView.from(e, partnershipNames(Arrays.asList(e.partnershipIds)),
                targetTitles(Arrays.asList(e.targetIds)), today(), statusHistory, clashes);
    }

    private List<StatusChangeView> history(Engagement e) {
        return history.history(e.id).stream().map(StatusChangeView::from).toList();
    }

    private List<ClashView> clashes(Engagement e) {
        engagements.flush();
        return engagements.clashingWith(e.id).stream().map(other -> ClashView.between(e, other, meeting(e, other))).toList();
    }

    /** The areas where two engagements meet: shared codes, or the narrower one where an area lies inside another. */
    private List<String> meeting(Engagement a, Engagement b) {
        Set<String> where = new java.util.TreeSet<>();
        for (String x : a.areas) {
            for (String y : b.areas) {
                if (x.equals(y) || areas.ancestors(y).contains(x)) {
                    where.add(y);
                } else if (areas.ancestors(x).contains(y)) {
                    where.add(x);
                }
            }
        }
        return List.copyOf(where);
    }

    private static DomainException illegal(Engagement e, EngagementStatus to, String hint) {
        List<String> allowed = e.status.next().stream().map(EngagementStatus::code).toList();
        String detail = "An engagement that is " + e.status.code() + " cannot move to " + to.code() + "; "
                + (allowed.isEmpty() ? "it can move to no other status" : "it can move to " + String.join(" or ", allowed))
                + (hint == null ? "" : " — " + hint);
        return new DomainException(DomainException.Kind.CONFLICT, "Transition not allowed", detail, "status",
                Map.of("current_status", e.status.code(), "allowed_transitions", allowed));
    }

    private static <T> List<T> distinct(Collection<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
