package org.partnershiphub.directory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Membership;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.Person;
import org.partnershiphub.directory.domain.Post;
import org.partnershiphub.directory.messaging.Outbox;
import org.partnershiphub.directory.messaging.events.MembershipEvent;
import org.partnershiphub.directory.repository.MembershipRepository;
import org.partnershiphub.directory.repository.OrganisationRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.rest.MembershipRequest;
import org.partnershiphub.directory.rest.MembershipView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MembershipService {

    public static final String RESOURCE = "membership";

    /** Narrows a membership list; null criteria are ignored. */
    public record Criteria(UUID partnership, UUID person, UUID organisation, String role, LocalDate asAt,
                           Instant modifiedAfter) {
    }

    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final References references;
    private final EventFacts events;
    private final Tombstones tombstones;
    private final Outbox outbox;

    MembershipService(MembershipRepository memberships, PersonRepository people, OrganisationRepository organisations,
                      References references, EventFacts events, Tombstones tombstones, Outbox outbox) {
        this.memberships = memberships;
        this.people = people;
        this.organisations = organisations;
        this.references = references;
        this.events = events;
        this.tombstones = tombstones;
        this.outbox = outbox;
    }

    @Transactional
    public MembershipView start(MembershipRequest r) {
        Person person = references.person("person_id", r.personId());
        Partnership partnership = references.partnership("partnership_id", r.partnershipId());
        Organisation org = references.organisation("organisation_id", r.organisationId());
        Post post = references.post("post_id", r.postId());
        if (post != null && !post.partnershipId.equals(partnership.id)) {
            throw DomainException.unprocessable("Post of another partnership",
                    "post_id " + post.id + " is a seat on another partnership; give a post of partnership_id", "post_id");
        }
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.personId = person.id;
        m.partnershipId = partnership.id;
        m.organisationId = org == null ? null : org.id;
        m.postId = post == null ? null : post.id;
        m.role = r.role();
        m.startsOn = r.startsOn();
        m.endsOn = r.endsOn();
        m.voting = r.voting() == null || r.voting();
        checkDates(m);
        m.createdAt = Instant.now();
        m.updatedAt = m.createdAt;
        memberships.persist(m);
        outbox.publish(events.membership(MembershipEvent.STARTED, m, partnership, person, post, org));
        return MembershipView.from(m, person.name, org == null ? null : org.name);
    }

    @Transactional
    public MembershipView end(UUID id, LocalDate endsOn) {
        Membership m = memberships.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Membership", id));
        if (m.endsOn != null && m.endsOn.equals(endsOn)) {
            throw DomainException.conflict("Already ended", "The membership already ends on " + endsOn, "ends_on");
        }
        m.endsOn = endsOn;
        checkDates(m);
        m.updatedAt = Instant.now();
        Person person = references.person("person_id", m.personId);
        Organisation org = references.organisation("organisation_id", m.organisationId);
        Post post = references.post("post_id", m.postId);
        Partnership partnership = references.partnership("partnership_id", m.partnershipId);
        outbox.publish(events.membership(MembershipEvent.ENDED, m, partnership, person, post, org));
        return MembershipView.from(m, person.name, org == null ? null : org.name);
    }

    /** Removes a membership recorded by mistake (an ended one is ended, not deleted). */
    @Transactional
    public void delete(UUID id) {
        Membership m = memberships.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Membership", id));
        memberships.delete(m);
        tombstones.record(RESOURCE, id);
    }

    @Transactional
    public Optional<MembershipView> find(UUID id) {
        return memberships.findByIdOptional(id).map(m -> views(List.of(m)).get(0));
    }

    @Transactional
    public PageSlice<MembershipView> list(Criteria c, int page, int perPage) {
        PanacheQuery<Membership> query = memberships.filtered(c.partnership(), c.person(), c.organisation(), c.role(),
                c.asAt(), c.modifiedAfter(), null).page(Page.of(page - 1, perPage));
        List<Membership> items = query.list();
        return new PageSlice<>(views(items), query.count(), page, perPage)
                .withDeleted(tombstones.since(RESOURCE, c.modifiedAfter()));
    }

    @Transactional
    public List<MembershipView> after(Criteria c, UUID after, int size) {
        return views(memberships.filtered(c.partnership(), c.person(), c.organisation(), c.role(), c.asAt(),
                c.modifiedAfter(), Keyset.after(after))
                .page(Page.ofSize(size)).list());
    }

    /** Views with person and organisation names, loaded in two statements whatever the number of memberships. */
    private List<MembershipView> views(List<Membership> items) {
        Map<UUID, String> names = people.byIds(items.stream().map(m -> m.personId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.name));
        Map<UUID, String> orgs = organisations.byIds(items.stream().map(m -> m.organisationId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        return items.stream().map(m -> MembershipView.from(m, names.get(m.personId),
                m.organisationId == null ? null : orgs.get(m.organisationId))).toList();
    }

    private void checkDates(Membership m) {
        if (m.endsOn != null && m.endsOn.isBefore(m.startsOn)) {
            throw DomainException.unprocessable("Membership ends before it starts",
                    "ends_on " + m.endsOn + " is before starts_on " + m.startsOn + "; swap them or correct one", "ends_on");
        }
        if (m.postId != null && memberships.overlapsOnPost(m.postId, m.startsOn, m.endsOn, m.id)) {
            throw DomainException.unprocessable("Post already held then",
                    "Someone else holds this post for part of " + m.startsOn + " to "
                            + (m.endsOn == null ? "open-ended" : m.endsOn.toString())
                            + "; end their membership first or choose other dates", "post_id");
        }
    }
}
