package org.partnershiphub.engagement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.CaseStudy;
import org.partnershiphub.engagement.domain.CaseStudyReuse;
import org.partnershiphub.engagement.messaging.Outbox;
import org.partnershiphub.engagement.messaging.events.EngagementNotice;
import org.partnershiphub.engagement.repository.CaseStudyRepository;
import org.partnershiphub.engagement.repository.CaseStudyReuseRepository;
import org.partnershiphub.engagement.rest.CaseStudyRequest;
import org.partnershiphub.engagement.rest.CaseStudyView;
import org.partnershiphub.engagement.rest.EngagementView;
import org.partnershiphub.engagement.rest.ReuseRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The good-practice library. */
@ApplicationScoped
public class CaseStudyService {

    private final CaseStudyRepository caseStudies;
    private final CaseStudyReuseRepository reuses;
    private final EngagementService engagements;
    private final Outbox outbox;

    CaseStudyService(CaseStudyRepository caseStudies, CaseStudyReuseRepository reuses, EngagementService engagements,
                     Outbox outbox) {
        this.caseStudies = caseStudies;
        this.reuses = reuses;
        this.engagements = engagements;
        this.outbox = outbox;
    }

    @Transactional
    public CaseStudyView publish(CaseStudyRequest request) {
        List<String> themes = request.themes() == null ? List.of() : request.themes();
        Vocabulary.requireThemes(themes, "themes");
        engagements.requireKnownPartnerships(request.partnershipIds(), "partnership_ids");
        String title = request.title().strip();
        if (caseStudies.titleExists(title)) {
            throw DomainException.conflict("Title already in use",
                    "The library already has a case study called '" + title + "'; give it another title", "title");
        }
        CaseStudy c = new CaseStudy();
        c.id = UUID.randomUUID();
        c.title = title;
        c.partnershipIds = List.copyOf(new LinkedHashSet<>(request.partnershipIds())).toArray(UUID[]::new);
        c.themes = List.copyOf(new LinkedHashSet<>(themes)).toArray(String[]::new);
        c.challenge = request.challenge();
        c.whatWasDone = request.whatWasDone();
        c.results = request.results();
        c.costBand = request.costBand();
        c.contactRole = request.contactRole();
        c.lessonsLearned = request.lessonsLearned();
        c.tags = request.tags() == null ? new String[0]
                : request.tags().stream().map(String::strip).distinct().toArray(String[]::new);
        c.publishedAt = Instant.now();
        caseStudies.persist(c);
        Map<UUID, String> names = engagements.partnershipNames(Arrays.asList(c.partnershipIds));
        outbox.publish(new EngagementNotice(EngagementNotice.CASE_STUDY_PUBLISHED, c.id, "case-study", "published",
                null, null, null, c.title, c.challenge, List.of(),
                Arrays.stream(c.partnershipIds).map(id -> EngagementNotice.Organiser.of(id, names.get(id))).toList(),
                areasOf(c), List.of(c.themes), url(c), c.publishedAt));
        return view(c);
    }

    @Transactional
    public Optional<CaseStudyView> find(UUID id) {
        return caseStudies.findByIdOptional(id).map(this::view);
    }

    @Transactional
    public PageSlice<CaseStudyView> search(String keywords, String theme, String tag, UUID partnership, int page, int perPage) {
        CaseStudyRepository.Page found = caseStudies.search(keywords, theme, tag, partnership, page, perPage);
        return new PageSlice<>(found.items(), found.total(), page, perPage).map(this::view);
    }

    /** Adds a partnership to the reused-by list; adding it again only updates its note. */
    @Transactional
    public CaseStudyView addReuse(UUID caseStudyId, ReuseRequest request) {
        CaseStudy c = caseStudies.findByIdOptional(caseStudyId)
                .orElseThrow(() -> DomainException.notFound("Case study", caseStudyId));
        engagements.requireKnownPartnerships(List.of(request.partnershipId()), "partnership_id");
        CaseStudyReuse.Key key = new CaseStudyReuse.Key(caseStudyId, request.partnershipId());
        CaseStudyReuse reuse = reuses.findByIdOptional(key).orElseGet(() -> {
            CaseStudyReuse fresh = new CaseStudyReuse();
            fresh.key = key;
            fresh.addedAt = Instant.now();
            return fresh;
        });
        reuse.note = request.note();
        reuses.persist(reuse);
        return view(c);
    }

    /** The areas of the partnerships behind a case study, as the directory announced them. */
    private List<String> areasOf(CaseStudy c) {
        Set<String> areas = new LinkedHashSet<>();
        engagements.partnershipAreas(Arrays.asList(c.partnershipIds)).forEach(areas::addAll);
        return List.copyOf(areas);
    }

    private String url(CaseStudy c) {
        return engagements.publicUrl() + "/case-studies/" + c.id;
    }

    private CaseStudyView view(CaseStudy c) {
        List<CaseStudyReuse> reusedBy = reuses.forCaseStudy(c.id);
        Set<UUID> ids = new HashSet<>(Arrays.asList(c.partnershipIds));
        reusedBy.forEach(r -> ids.add(r.key.partnershipId()));
        Map<UUID, String> names = engagements.partnershipNames(ids);
        return new CaseStudyView(c.id, c.title,
                Arrays.stream(c.partnershipIds).map(id -> new EngagementView.NamedRef(id, names.get(id))).toList(),
                List.of(c.themes), c.challenge, c.whatWasDone, c.results, c.costBand, c.contactRole, c.lessonsLearned,
                List.of(c.tags), c.publishedAt,
                reusedBy.stream().map(r -> new CaseStudyView.Reuse(r.key.partnershipId(), names.get(r.key.partnershipId()),
                        r.note, r.addedAt)).toList());
    }
}
