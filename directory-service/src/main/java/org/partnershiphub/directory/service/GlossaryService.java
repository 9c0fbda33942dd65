package org.partnershiphub.directory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.GlossaryTerm;
import org.partnershiphub.directory.repository.GlossaryRepository;
import org.partnershiphub.directory.rest.GlossaryRequest;
import org.partnershiphub.directory.rest.GlossaryView;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GlossaryService {

    public static final String RESOURCE = "glossary";

    private final GlossaryRepository glossary;
    private final References references;
    private final Tombstones tombstones;

    GlossaryService(GlossaryRepository glossary, References references, Tombstones tombstones) {
        this.glossary = glossary;
        this.references = references;
        this.tombstones = tombstones;
    }

    @Transactional
    public GlossaryView create(GlossaryRequest r) {
        String slug = r.slug() != null ? r.slug() : PartnershipService.slugOf(r.term());
        if (glossary.slugExists(slug)) {
            throw DomainException.conflict("Term already defined",
                    "The glossary already has '" + slug + "'; PUT /glossary/" + slug + " to change it", "slug");
        }
        GlossaryTerm g = new GlossaryTerm();
        g.id = UUID.randomUUID();
        g.slug = slug;
        g.createdAt = Instant.now();
        apply(g, r);
        glossary.persist(g);
        return GlossaryView.from(g);
    }

    @Transactional
    public GlossaryView update(String slug, GlossaryRequest r) {
        GlossaryTerm g = glossary.bySlug(slug).orElseThrow(() -> DomainException.notFound("Glossary term", slug));
        apply(g, r);
        return GlossaryView.from(g);
    }

    @Transactional
    public void delete(String slug) {
        GlossaryTerm g = glossary.bySlug(slug).orElseThrow(() -> DomainException.notFound("Glossary term", slug));
        glossary.delete(g);
        tombstones.record(RESOURCE, g.slug);
    }

    @Transactional
    public Optional<GlossaryView> find(String slug) {
        return glossary.bySlug(slug).map(GlossaryView::from);
    }

    @Transactional
    public PageSlice<GlossaryView> list(String q, String theme, UUID partnership, Instant modifiedAfter, int page, int perPage) {
        PanacheQuery<GlossaryTerm> query = glossary.filtered(q, theme, partnership, modifiedAfter, null)
                .page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(GlossaryView::from)
                .withDeleted(tombstones.since(RESOURCE, modifiedAfter));
    }

    /** The next matches after a given id, in id order: how ndjson streams a whole collection. */
    @Transactional
    public List<GlossaryView> after(String q, String theme, UUID partnership, Instant modifiedAfter, UUID after, int size) {
        return glossary.filtered(q, theme, partnership, modifiedAfter, Keyset.after(after))
                .page(Page.ofSize(size)).list().stream().map(GlossaryView::from).toList();
    }

    private void apply(GlossaryTerm g, GlossaryRequest r) {
        references.partnerships("partnership_ids", r.partnershipIdsOrEmpty());
        references.themes("themes", r.themesOrEmpty());
        g.term = r.term().strip();
        g.expansion = r.expansion();
        g.definition = r.definition().strip();
        g.partnershipIds = new LinkedHashSet<>(r.partnershipIdsOrEmpty());
        g.themeCodes = new LinkedHashSet<>(r.themesOrEmpty());
        g.updatedAt = Instant.now();
    }
}
