package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.Post;
import org.partnershiphub.directory.messaging.Outbox;
import org.partnershiphub.directory.messaging.events.PartnershipEvent;
import org.partnershiphub.directory.repository.MeetingRepository;
import org.partnershiphub.directory.repository.MembershipRepository;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.repository.PostRepository;
import org.partnershiphub.directory.rest.PartnershipRequest;
import org.partnershiphub.directory.rest.PartnershipView;
import org.partnershiphub.directory.rest.PostRequest;
import org.partnershiphub.directory.rest.PostView;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PartnershipService {

    public static final String RESOURCE = "partnership";

    /** A partnership and the ones under it, as a tree. */
    public record Node(UUID id, String slug, String name, String type, String status, List<Node> children) {
    }

    private final PartnershipRepository partnerships;
    private final PostRepository posts;
    private final MembershipRepository memberships;
    private final MeetingRepository meetings;
    private final PersonRepository people;
    private final References references;
    private final EventFacts events;
    private final Tombstones tombstones;
    private final Outbox outbox;

    PartnershipService(PartnershipRepository partnerships, PostRepository posts, MembershipRepository memberships,
                       MeetingRepository meetings, PersonRepository people, References references, EventFacts events,
                       Tombstones tombstones, Outbox outbox) {
        this.partnerships = partnerships;
        this.posts = posts;
        this.memberships = memberships;
        this.meetings = meetings;
        this.people = people;
        this.references = references;
        this.events = events;
        this.tombstones = tombstones;
        this.outbox = outbox;
    }

    @Transactional
    public PartnershipView register(PartnershipRequest request) {
        String slug = request.slug() != null ? request.slug() : slugOf(request.name());
        if (slug.isEmpty()) {
            throw DomainException.unprocessable("No slug can be made from the name",
                    "Give a slug of lower-case letters, digits and hyphens", "slug");
        }
        if (partnerships.slugExists(slug)) {
            throw DomainException.conflict("Slug already in use",
                    "Another partnership already has the slug '" + slug + "'; choose another slug", "slug");
        }
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.slug = slug;
        partnership.createdAt = Instant.now();
        apply(partnership, request);
        partnerships.persist(partnership);
        outbox.publish(events.partnership(PartnershipEvent.REGISTERED, partnership));
        return PartnershipView.from(partnership);
    }

    /** Replaces the partnership's details (not its status: see {@link #dissolve}). */
    @Transactional
    public PartnershipView update(UUID id, PartnershipRequest request) {
        Partnership partnership = partnerships.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
        if (request.slug() != null && !request.slug().equals(partnership.slug)) {
            if (partnerships.slugExists(request.slug())) {
                throw DomainException.conflict("Slug already in use",
                        "Another partnership already has the slug '" + request.slug() + "'; choose another slug", "slug");
            }
            partnership.slug = request.slug();
        }
        apply(partnership, request);
        outbox.publish(events.partnership(PartnershipEvent.UPDATED, partnership));
        return PartnershipView.from(partnership);
    }

    @Transactional
    public PartnershipView dissolve(UUID id, LocalDate dissolvedOn) {
        Partnership partnership = partnerships.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
        if (Partnership.DISSOLVED.equals(partnership.status)) {
            throw DomainException.conflict("Already dissolved",
                    "The partnership was dissolved on " + partnership.dissolvedOn, "dissolved_on");
        }
        if (partnership.establishedOn != null && dissolvedOn.isBefore(partnership.establishedOn)) {
            throw DomainException.unprocessable("Dissolved before it was established",
                    "dissolved_on " + dissolvedOn + " is before established_on " + partnership.establishedOn, "dissolved_on");
        }
        partnership.status = Partnership.DISSOLVED;
        partnership.dissolvedOn = dissolvedOn;
        partnership.updatedAt = Instant.now();
        outbox.publish(events.partnership(PartnershipEvent.DISSOLVED, partnership));
        return PartnershipView.from(partnership);
    }

    /** Removes a partnership entered by mistake; one with history is dissolved instead. */
    @Transactional
    public void delete(UUID id) {
        Partnership partnership = partnerships.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Partnership", id));
        if (partnerships.hasChildrenOrLinks(id) || memberships.existsFor(id) || meetings.existsFor(id)) {
            throw DomainException.conflict("Partnership has history",
                    "The partnership has members, meetings or partnerships under it; dissolve it instead", null);
        }
        partnerships.delete(partnership);
        tombstones.record(RESOURCE, id);
    }

    @Transactional
    public Optional<PartnershipView> find(UUID id, LocalDate asAt) {
        return partnerships.findByIdOptional(id)
                .filter(p -> asAt == null || !existedAfter(p, asAt))
                .map(p -> PartnershipView.asAt(p, asAt));
    }

    @Transactional
    public PageSlice<PartnershipView> list(PartnershipRepository.Criteria criteria, int page, int perPage) {
        List<UUID> ids = partnerships.searchIds(criteria, (page - 1) * perPage, perPage);
        long total = partnerships.countMatches(criteria);
        return new PageSlice<>(partnerships.inOrder(ids), total, page, perPage)
                .map(p -> PartnershipView.asAt(p, criteria.asAt()))
                .withDeleted(tombstones.since(RESOURCE, criteria.modifiedAfter()));
    }

    /** The next matches after a given id, in id order: how ndjson streams a whole collection. */
    @Transactional
    public List<PartnershipView> after(PartnershipRepository.Criteria criteria, UUID after, int size) {
        PartnershipRepository.Criteria keyed = new PartnershipRepository.Criteria(criteria.area(),
                criteria.includeSubAreas(), criteria.theme(), criteria.type(), criteria.status(), criteria.q(),
                criteria.statutory(), criteria.parent(), criteria.modifiedAfter(), criteria.asAt(), null,
                Keyset.after(after));
        return partnerships.inOrder(partnerships.searchIds(keyed, 0, size)).stream()
                .map(p -> PartnershipView.asAt(p, criteria.asAt())).toList();
    }

    /** Every partnership (that existed on the day, if given) arranged under its parent. */
    @Transactional
    public List<Node> hierarchy(LocalDate asAt) {
        List<Partnership> all = partnerships.allByName().stream()
                .filter(p -> asAt == null || !existedAfter(p, asAt)).toList();
        Set<UUID> present = new HashSet<>();
        all.forEach(p -> present.add(p.id));
        Map<UUID, List<Partnership>> children = new HashMap<>();
        List<Partnership> roots = new ArrayList<>();
        for (Partnership p : all) {
            if (p.parentId != null && present.contains(p.parentId)) {
                children.computeIfAbsent(p.parentId, k -> new ArrayList<>()).add(p);
            } else {
                roots.add(p);
            }
        }
        roots.sort(Comparator.comparing((Partnership p) -> p.type.ordinal()).thenComparing(p -> p.name));
        return roots.stream().map(p -> node(p, children, asAt)).toList();
    }

    @Transactional
    public List<PostView> posts(UUID partnershipId) {
        requireExists(partnershipId);
        return posts.ofPartnership(partnershipId).stream().map(PostView::from).toList();
    }

    @Transactional
    public PostView addPost(UUID partnershipId, PostRequest request) {
        requireExists(partnershipId);
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.partnershipId = partnershipId;
        post.title = request.title().strip();
        post.sector = request.sector();
        post.createdAt = Instant.now();
        post.updatedAt = post.createdAt;
        posts.persist(post);
        return PostView.from(post);
    }

    public void requireExists(UUID id) {
        if (partnerships.findByIdOptional(id).isEmpty()) {
            throw DomainException.notFound("Partnership", id);
        }
    }

    private Node node(Partnership p, Map<UUID, List<Partnership>> children, LocalDate asAt) {
        PartnershipView view = PartnershipView.asAt(p, asAt);
        List<Node> under = children.getOrDefault(p.id, List.of()).stream().map(c -> node(c, children, asAt)).toList();
        return new Node(p.id, p.slug, p.name, p.type.code(), view.status(), under);
    }

    private static boolean existedAfter(Partnership p, LocalDate day) {
        LocalDate start = p.establishedOn != null ? p.establishedOn : LocalDate.ofInstant(p.createdAt, java.time.ZoneOffset.UTC);
        return start.isAfter(day);
    }

    private void apply(Partnership p, PartnershipRequest r) {
        if (r.parentId() != null) {
            references.partnership("parent_id", r.parentId());
            rejectCycle(p.id, r.parentId());
        }
        references.partnerships("linked_lsp_ids", r.linkedLspIdsOrEmpty());
        if (r.linkedLspIdsOrEmpty().contains(p.id)) {
            throw DomainException.unprocessable("A partnership cannot link to itself",
                    "linked_lsp_ids contains the partnership's own id", "linked_lsp_ids");
        }
        references.areas("areas", r.areasOrEmpty());
        references.themes("themes", r.themesOrEmpty());
        if (r.contactEmail() != null && people.hasEmail(r.contactEmail())) {
            throw DomainException.unprocessable("Personal address given as public contact",
                    "contact_email is a person's own address; give a role mailbox such as partnership@council.gov.uk",
                    "contact_email");
        }
        p.name = r.name().strip();
        p.type = r.partnershipType();
        p.statutory = Boolean.TRUE.equals(r.statutory());
        p.parentId = r.parentId();
        p.linkedLspIds = new LinkedHashSet<>(r.linkedLspIdsOrEmpty());
        p.areaCodes = new LinkedHashSet<>(r.areasOrEmpty());
        p.themeCodes = new LinkedHashSet<>(r.themesOrEmpty());
        p.vision = r.vision();
        p.priorities = r.prioritiesOrEmpty().toArray(String[]::new);
        p.establishedOn = r.establishedOn();
        p.website = r.website();
        p.contactEmail = r.contactEmail();
        p.meetingFrequency = r.meetingFrequency();
        p.boardSize = r.boardSize();
        p.updatedAt = Instant.now();
    }

    /** Walks up from the proposed parent; meeting the partnership itself means the tree would loop. */
    private void rejectCycle(UUID self, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(self)) {
                throw DomainException.unprocessable("Parent would make a cycle",
                        "parent_id " + parentId + " is this partnership or sits under it; choose a partnership above it",
                        "parent_id");
            }
            current = partnerships.findByIdOptional(current).map(p -> p.parentId).orElse(null);
        }
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
    }
}
