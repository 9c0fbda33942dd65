package org.partnershiphub.directory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnershiphub.directory.domain.Partnership;
import org.partnershiphub.directory.messaging.Outbox;
import org.partnershiphub.directory.messaging.events.PartnershipRegistered;
import org.partnershiphub.directory.repository.PartnershipRepository;
import org.partnershiphub.directory.rest.PartnershipRequest;
import org.partnershiphub.directory.rest.PartnershipView;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final Outbox outbox;
    private final String publicUrl;

    PartnershipService(PartnershipRepository partnerships, Outbox outbox,
                       @ConfigProperty(name = "hub.public-url") String publicUrl) {
        this.partnerships = partnerships;
        this.outbox = outbox;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Transactional
    public PartnershipView register(PartnershipRequest request) {
        String slug = request.slug() != null ? request.slug() : slugOf(request.name());
        if (slug.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "No slug can be made from the name",
                    "Give a slug of lower-case letters, digits and hyphens", "slug");
        }
        if (partnerships.slugExists(slug)) {
            throw DomainException.conflict("Slug already in use",
                    "Another partnership already has the slug '" + slug + "'; choose another slug", "slug");
        }
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.slug = slug;
        partnership.name = request.name().strip();
        partnership.type = request.partnershipType();
        partnership.createdAt = Instant.now();
        partnership.updatedAt = partnership.createdAt;
        partnerships.persist(partnership);
        outbox.publish(new PartnershipRegistered(partnership.id, partnership.slug, partnership.name,
                partnership.type.code(), publicUrl + "/partnerships/" + partnership.id, partnership.createdAt));
        return PartnershipView.from(partnership);
    }

    @Transactional
    public Optional<PartnershipView> find(UUID id) {
        return partnerships.findByIdOptional(id).map(PartnershipView::from);
    }

    @Transactional
    public PageSlice<PartnershipView> list(int page, int perPage) {
        PanacheQuery<Partnership> query = partnerships.allByName().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(PartnershipView::from);
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-$", "") : slug;
    }
}
