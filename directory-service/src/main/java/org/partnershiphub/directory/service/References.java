package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.Person;
import org.partnershiphub.directory.domain.Post;
import org.partnershiphub.directory.repository.AreaRepository;
import org.partnershiphub.directory.repository.OrganisationRepository;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.repository.PostRepository;
import org.partnershiphub.directory.repository.ThemeRepository;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Checks that what a request refers to exists; an unknown reference is a 422 naming the field. */
@ApplicationScoped
public class References {

    private final AreaRepository areas;
    private final ThemeRepository themes;
    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final PostRepository posts;

    References(AreaRepository areas, ThemeRepository themes, PartnershipRepository partnerships,
               OrganisationRepository organisations, PersonRepository people, PostRepository posts) {
        this.areas = areas;
        this.themes = themes;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
        this.posts = posts;
    }

    public void areas(String field, Collection<String> codes) {
        Set<String> known = areas.existingCodes(codes);
        codes.stream().filter(c -> !known.contains(c)).findFirst()
                .ifPresent(c -> { throw DomainException.unknownReference(field, "area", c); });
    }

    public void area(String field, String code) {
        if (code != null) {
            areas(field, Set.of(code));
        }
    }

    public void themes(String field, Collection<String> codes) {
        Set<String> known = themes.existingCodes(codes);
        codes.stream().filter(c -> !known.contains(c)).findFirst()
                .ifPresent(c -> { throw DomainException.unknownReference(field, "theme", c); });
    }

    public void theme(String field, String code) {
        if (code != null) {
            themes(field, Set.of(code));
        }
    }

    public void partnerships(String field, Collection<UUID> ids) {
        Set<UUID> known = partnerships.existingIds(ids);
        ids.stream().filter(id -> !known.contains(id)).findFirst()
                .ifPresent(id -> { throw DomainException.unknownReference(field, "partnership", id); });
    }

    public Partnership partnership(String field, UUID id) {
        return partnerships.findByIdOptional(id)
                .orElseThrow(() -> DomainException.unknownReference(field, "partnership", id));
    }

    public Organisation organisation(String field, UUID id) {
        return id == null ? null : organisations.findByIdOptional(id)
                .orElseThrow(() -> DomainException.unknownReference(field, "organisation", id));
    }

    public Person person(String field, UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> DomainException.unknownReference(field, "person", id));
    }

    public Post post(String field, UUID id) {
        return id == null ? null : posts.findByIdOptional(id)
                .orElseThrow(() -> DomainException.unknownReference(field, "post", id));
    }
}
