package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Accountability;
import org.partnershiphub.directory.domain.Membership;
import org.partnershiphub.directory.domain.Organisation;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.domain.Post;
import org.partnershiphub.directory.domain.Theme;
import org.partnershiphub.directory.repository.AccountabilityRepository;
import org.partnershiphub.directory.repository.AreaRepository;
import org.partnershiphub.directory.repository.MembershipRepository;
import org.partnershiphub.directory.repository.OrganisationRepository;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.repository.PersonRepository;
import org.partnershiphub.directory.repository.PostRepository;
import org.partnershiphub.directory.repository.ThemeRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The views no other directory has: accountability, representation gaps, coverage gaps, joint working. */
@ApplicationScoped
public class InsightService {

    @Schema(name = "Accountability", description = "An LAA target the partnership leads or contributes to")
    public record AccountabilityView(UUID targetId, @Schema(examples = "lead") String role,
                                     @Schema(examples = "NI 154") String indicatorCode,
                                     @Schema(examples = "Net additional homes provided") String indicatorTitle,
                                     @Schema(examples = "NI 154 Net additional homes provided – Lewes") String title,
                                     @Schema(examples = "amber") String status, String period, String url,
                                     Instant updatedAt) {
        static AccountabilityView from(Accountability a) {
            return new AccountabilityView(a.key.targetId(), a.role, a.indicatorCode, a.indicatorTitle, a.title,
                    a.status, a.period, a.url, a.updatedAt);
        }
    }

    @Schema(name = "PostStatus")
    public record PostStatus(UUID postId, String title, String sector, boolean filled, String holderName,
                             UUID membershipId) {
    }

    @Schema(name = "Representation", description = "Expected posts and sectors against current members")
    public record Representation(UUID partnershipId, String name, LocalDate asAt, Integer boardSize, int currentMembers,
                                 List<PostStatus> posts, int vacantPosts, List<String> expectedSectors,
                                 List<String> presentSectors, List<String> missingSectors) {
    }

    @Schema(name = "RepresentationGap", description = "A partnership with vacant posts or missing sectors")
    public record Gap(UUID partnershipId, String name, List<String> vacantPosts, List<String> missingSectors) {
    }

    @Schema(name = "PartnershipSummary")
    public record PartnershipSummary(UUID id, String name, String type, List<String> areas, String status) {
        static PartnershipSummary from(Partnership p) {
            return new PartnershipSummary(p.id, p.name, p.type.code(), p.areaCodes.stream().sorted().toList(), p.status);
        }
    }

    @Schema(name = "ThemeCoverage")
    public record ThemeCoverage(String code, String name, String kind, List<PartnershipSummary> partnerships) {
    }

    @Schema(name = "Coverage", description = "For an area: which themes active partnerships cover, and which none do")
    public record Coverage(String area, List<String> areasConsidered, List<ThemeCoverage> themes, List<String> gaps) {
    }

    @Schema(name = "JointWorking", description = "For a theme: the active partnerships working on it, across areas and tiers")
    public record JointWorking(String theme, String name, List<PartnershipSummary> partnerships, List<String> areas,
                               Map<String, Long> byType) {
    }

    private final AccountabilityRepository accountabilities;
    private final PartnershipRepository partnerships;
    private final PostRepository posts;
    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final AreaRepository areas;
    private final ThemeRepository themes;

    InsightService(AccountabilityRepository accountabilities, PartnershipRepository partnerships, PostRepository posts,
                   MembershipRepository memberships, OrganisationRepository organisations, PersonRepository people,
                   AreaRepository areas, ThemeRepository themes) {
        this.accountabilities = accountabilities;
        this.partnerships = partnerships;
        this.posts = posts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.people = people;
        this.areas = areas;
        this.themes = themes;
    }

    @Transactional
    public List<AccountabilityView> accountabilities(UUID partnershipId) {
        if (partnerships.findByIdOptional(partnershipId).isEmpty()) {
            throw DomainException.notFound("Partnership", partnershipId);
        }
        return accountabilities.ofPartnership(partnershipId).stream().map(AccountabilityView::from).toList();
    }

    @Transactional
    public Representation representation(UUID partnershipId, LocalDate asAt) {
        Partnership p = partnerships.findByIdOptional(partnershipId)
                .orElseThrow(() -> DomainException.notFound("Partnership", partnershipId));
        LocalDate day = asAt != null ? asAt : LocalDate.now();
        return representations(List.of(p), day).get(0);
    }

    /** Active partnerships with a vacant post or an expected sector no current member comes from. */
    @Transactional
    public PageSlice<Gap> gaps(int page, int perPage) {
        List<Partnership> active = partnerships.allByName().stream()
                .filter(p -> Partnership.ACTIVE.equals(p.status)).toList();
        List<Gap> gaps = representations(active, LocalDate.now()).stream()
                .filter(r -> r.vacantPosts() > 0 || !r.missingSectors().isEmpty())
                .map(r -> new Gap(r.partnershipId(), r.name(),
                        r.posts().stream().filter(s -> !s.filled()).map(PostStatus::title).toList(), r.missingSectors()))
                .toList();
        int from = Math.min((page - 1) * perPage, gaps.size());
        return new PageSlice<>(gaps.subList(from, Math.min(from + perPage, gaps.size())), gaps.size(), page, perPage);
    }

    /** Themes covered by active partnerships serving the area or an area containing it (or, if asked, inside it). */
    @Transactional
    public Coverage coverage(String area, boolean includeSubAreas) {
        if (areas.findByIdOptional(area).isEmpty()) {
            throw DomainException.notFound("Area", area);
        }
        Set<String> considered = new TreeSet<>(areas.withAncestors(area));
        if (includeSubAreas) {
            considered.addAll(areas.withDescendants(area));
        }
        List<Partnership> serving = partnerships.servingAny(considered).stream()
                .filter(p -> Partnership.ACTIVE.equals(p.status))
                .sorted((a, b) -> a.name.compareTo(b.name)).toList();
        List<ThemeCoverage> covered = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Theme t : themes.all()) {
            List<PartnershipSummary> working = serving.stream().filter(p -> p.themeCodes.contains(t.code))
                    .map(PartnershipSummary::from).toList();
            covered.add(new ThemeCoverage(t.code, t.name, t.kind, working));
            if (working.isEmpty()) {
                gaps.add(t.code);
            }
        }
        return new Coverage(area, List.copyOf(considered), covered, gaps);
    }

    @Transactional
    public JointWorking jointWorking(String theme) {
        Theme t = themes.findByIdOptional(theme).orElseThrow(() -> DomainException.notFound("Theme", theme));
        List<Partnership> working = partnerships.withTheme(theme).stream()
                .filter(p -> Partnership.ACTIVE.equals(p.status)).toList();
        List<String> served = working.stream().flatMap(p -> p.areaCodes.stream()).distinct().sorted().toList();
        Map<String, Long> byType = working.stream()
                .collect(Collectors.groupingBy(p -> p.type.code(), java.util.TreeMap::new, Collectors.counting()));
        return new JointWorking(t.code, t.name, working.stream().map(PartnershipSummary::from).toList(), served, byType);
    }

    /** Representation of several partnerships in a fixed number of statements. */
    private List<Representation> representations(List<Partnership> ps, LocalDate day) {
        List<UUID> ids = ps.stream().map(p -> p.id).toList();
        Map<UUID, List<Post>> postsBy = posts.ofPartnerships(ids).stream().collect(Collectors.groupingBy(x -> x.partnershipId));
        Map<UUID, List<Membership>> membersBy = memberships.currentIn(ids, day).stream()
                .collect(Collectors.groupingBy(m -> m.partnershipId));
        Collection<Membership> allMembers = membersBy.values().stream().flatMap(List::stream).toList();
        Map<UUID, Organisation> orgs = organisations.byIds(allMembers.stream().map(m -> m.organisationId)
                .filter(Objects::nonNull).distinct().toList()).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<UUID, String> names = people.byIds(allMembers.stream().map(m -> m.personId).distinct().toList()).stream()
                .collect(Collectors.toMap(x -> x.id, x -> x.name));
        List<Representation> result = new ArrayList<>();
        for (Partnership p : ps) {
            List<Post> expected = postsBy.getOrDefault(p.id, List.of());
            List<Membership> current = membersBy.getOrDefault(p.id, List.of());
            List<PostStatus> statuses = expected.stream().map(post -> current.stream()
                    .filter(m -> post.id.equals(m.postId)).findFirst()
                    .map(m -> new PostStatus(post.id, post.title, post.sector, true, names.get(m.personId), m.id))
                    .orElse(new PostStatus(post.id, post.title, post.sector, false, null, null))).toList();
            Set<String> expectedSectors = expected.stream().map(x -> x.sector).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> present = current.stream().map(m -> orgs.get(m.organisationId)).filter(Objects::nonNull)
                    .map(o -> o.sector).collect(Collectors.toCollection(TreeSet::new));
            List<String> missing = expectedSectors.stream().filter(s -> !present.contains(s)).toList();
            result.add(new Representation(p.id, p.name, day, p.boardSize, current.size(), statuses,
                    (int) statuses.stream().filter(s -> !s.filled()).count(), List.copyOf(expectedSectors),
                    List.copyOf(present), missing));
        }
        return result;
    }
}
