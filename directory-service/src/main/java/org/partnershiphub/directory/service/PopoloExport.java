package org.partnershiphub.directory.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.repository.AreaRepository;
import org.partnershiphub.directory.repository.MembershipRepository;
import org.partnershiphub.directory.repository.OrganisationRepository;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.repository.PostRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directory in the Popolo data specification (popoloproject.com): partnerships and organisations
 * as organizations, people by name only, memberships, posts and areas.
 */
@ApplicationScoped
public class PopoloExport {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloExport", description = "Popolo JSON: organizations, persons (names only), memberships, posts, areas")
    public record Document(List<Organization> organizations, List<Person> persons, List<Membership> memberships,
                           List<Post> posts, List<Area> areas) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloOrganization")
    public record Organization(String id, String name, String classification, String parentId, String areaId,
                               String description, String foundingDate, String dissolutionDate,
                               List<Identifier> identifiers, List<Link> links, List<ContactDetail> contactDetails) {
    }

    @Schema(name = "PopoloIdentifier")
    public record Identifier(String identifier, String scheme) {
    }

    @Schema(name = "PopoloLink")
    public record Link(String url, String note) {
    }

    @Schema(name = "PopoloContactDetail")
    public record ContactDetail(String type, String value, String label) {
    }

    @Schema(name = "PopoloPerson", description = "Name only")
    public record Person(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloMembership")
    public record Membership(String id, String personId, String organizationId, String postId, String onBehalfOfId,
                             String role, String startDate, String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloPost")
    public record Post(String id, String label, String role, String organizationId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloArea")
    public record Area(String id, String name, String identifier, String classification, String parentId) {
    }

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final PostRepository posts;
    private final AreaRepository areas;

    PopoloExport(PartnershipRepository partnerships, OrganisationRepository organisations, PersonRepository people,
                 MembershipRepository memberships, PostRepository posts, AreaRepository areas) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
        this.memberships = memberships;
        this.posts = posts;
        this.areas = areas;
    }

    @Transactional
    public Document export() {
        List<Organization> orgs = new ArrayList<>();
        partnerships.allByName().forEach(p -> orgs.add(organization(p)));
        organisations.all().forEach(o -> orgs.add(organization(o)));
        return new Document(orgs,
                people.all().stream().map(p -> new Person(p.id.toString(), p.name)).toList(),
                memberships.all().stream().map(m -> new Membership(m.id.toString(), m.personId.toString(),
                        m.partnershipId.toString(), str(m.postId), str(m.organisationId), m.role, date(m.startsOn),
                        date(m.endsOn))).toList(),
                posts.all().stream().map(p -> new Post(p.id.toString(), p.title, p.sector, p.partnershipId.toString())).toList(),
                areas.all().stream().map(a -> new Area(a.code, a.name, a.code, a.type, a.parentCode)).toList());
    }

    private static Organization organization(Partnership p) {
        List<Link> links = p.website == null ? List.of() : List.of(new Link(p.website, "website"));
        List<ContactDetail> contact = p.contactEmail == null ? List.of()
                : List.of(new ContactDetail("email", p.contactEmail, "Public contact"));
        return new Organization(p.id.toString(), p.name, p.type.code(), str(p.parentId),
                p.areaCodes.stream().sorted().findFirst().orElse(null), p.vision, date(p.establishedOn),
                date(p.dissolvedOn), List.of(new Identifier(p.slug, "partnershiphub-slug")), links, contact);
    }

    private static Organization organization(Organisation o) {
        List<Identifier> ids = Stream.concat(Stream.of(new Identifier(o.slug, "partnershiphub-slug")),
                Stream.of(o.identifiers).map(i -> new Identifier(i, i.substring(0, i.indexOf('-', 3))))).toList();
        List<Link> links = o.website == null ? List.of() : List.of(new Link(o.website, "website"));
        return new Organization(o.id.toString(), o.name, o.sector, null, null, null, null, null, ids, links, List.of());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
