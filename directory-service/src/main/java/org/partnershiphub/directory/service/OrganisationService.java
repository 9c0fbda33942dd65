package org.partnershiphub.directory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Person;
import org.partnershiphub.directory.repository.OrganisationRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.rest.OrganisationRequest;
import org.partnershiphub.directory.rest.OrganisationView;
import org.partnershiphub.directory.rest.PersonRequest;
import org.partnershiphub.directory.rest.PersonView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Organisations and the people who represent them. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final PersonRepository people;

    OrganisationService(OrganisationRepository organisations, PersonRepository people) {
        this.organisations = organisations;
        this.people = people;
    }

    @Transactional
    public OrganisationView create(OrganisationRequest request) {
        String slug = request.slug() != null ? request.slug() : PartnershipService.slugOf(request.name());
        if (organisations.slugExists(slug)) {
            throw DomainException.conflict("Slug already in use",
                    "Another organisation already has the slug '" + slug + "'; choose another slug", "slug");
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.slug = slug;
        o.createdAt = Instant.now();
        apply(o, request);
        organisations.persist(o);
        return OrganisationView.from(o);
    }

    @Transactional
    public OrganisationView update(UUID id, OrganisationRequest request) {
        Organisation o = organisations.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Organisation", id));
        if (request.slug() != null && !request.slug().equals(o.slug)) {
            if (organisations.slugExists(request.slug())) {
                throw DomainException.conflict("Slug already in use",
                        "Another organisation already has the slug '" + request.slug() + "'; choose another slug", "slug");
            }
            o.slug = request.slug();
        }
        apply(o, request);
        return OrganisationView.from(o);
    }

    @Transactional
    public Optional<OrganisationView> find(UUID id) {
        return organisations.findByIdOptional(id).map(OrganisationView::from);
    }

    @Transactional
    public PageSlice<OrganisationView> list(String sector, String dutyKind, String q, Instant modifiedAfter,
                                            int page, int perPage) {
        PanacheQuery<Organisation> query = organisations.filtered(sector, dutyKind, q, modifiedAfter, null, false)
                .page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(OrganisationView::from);
    }

    @Transactional
    public List<OrganisationView> after(String sector, String dutyKind, String q, Instant modifiedAfter, UUID after, int size) {
        return organisations.filtered(sector, dutyKind, q, modifiedAfter,
                        Keyset.after(after), false)
                .page(Page.ofSize(size)).list().stream().map(OrganisationView::from).toList();
    }

    @Transactional
    public PersonView createPerson(PersonRequest request) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.createdAt = Instant.now();
        apply(p, request);
        people.persist(p);
        return PersonView.from(p);
    }

    @Transactional
    public PersonView updatePerson(UUID id, PersonRequest request) {
        Person p = people.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Person", id));
        apply(p, request);
        return PersonView.from(p);
    }

    @Transactional
    public Optional<PersonView> person(UUID id) {
        return people.findByIdOptional(id).map(PersonView::from);
    }

    @Transactional
    public PageSlice<PersonView> people(String q, Instant modifiedAfter, int page, int perPage) {
        PanacheQuery<Person> query = people.filtered(q, modifiedAfter, null).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(PersonView::from);
    }

    /** The next people after a given id, in id order, as public views: how ndjson streams them all. */
    @Transactional
    public List<PersonView> peopleAfter(String q, Instant modifiedAfter, UUID after, int size) {
        return people.filtered(q, modifiedAfter, Keyset.after(after))
                .page(Page.ofSize(size)).list().stream().map(PersonView::from).toList();
    }

    private static void apply(Organisation o, OrganisationRequest r) {
        o.name = r.name().strip();
        o.sector = r.sector();
        o.dutyKind = r.dutyKind();
        o.website = r.website();
        o.identifiers = r.identifiersOrEmpty().toArray(String[]::new);
        o.updatedAt = Instant.now();
    }

    private static void apply(Person p, PersonRequest r) {
        p.name = r.name().strip();
        p.publicRole = r.publicRole();
        p.email = r.email();
        p.phone = r.phone();
        p.updatedAt = Instant.now();
    }
}
