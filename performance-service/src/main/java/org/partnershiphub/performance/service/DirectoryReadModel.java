package org.partnershiphub.performance.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Area;
import org.partnershiphub.performance.domain.PartnershipRecord;
import org.partnershiphub.performance.domain.ProcessedEvent;
import org.partnershiphub.performance.repository.AreaRepository;
import org.partnershiphub.performance.repository.PartnershipRepository;
import org.partnershiphub.performance.repository.ProcessedEventRepository;
import org.partnershiphub.performance.rest.PartnershipView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partnerships and areas directory-service announced; each event is applied once. */
@ApplicationScoped
public class DirectoryReadModel {

    /** The fields of partnership.* this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartnershipEvent(UUID id, String slug, String name, String status, List<String> areas,
                                   List<String> themes) {
    }

    /** The fields of area.saved this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaSaved(String code, String name, String type, String parentCode) {
    }

    private final PartnershipRepository partnerships;
    private final AreaRepository areas;
    private final ProcessedEventRepository processed;
    private final ObjectMapper json;

    DirectoryReadModel(PartnershipRepository partnerships, AreaRepository areas, ProcessedEventRepository processed,
                       ObjectMapper json) {
        this.partnerships = partnerships;
        this.areas = areas;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public void apply(String eventId, String type, String payload) {
        if (processed.findByIdOptional(eventId).isPresent()) {
            return;
        }
        try {
            if (type.startsWith("partnership.")) {
                PartnershipEvent event = json.readValue(payload, PartnershipEvent.class);
                if (event.id() == null || event.name() == null) {
                    throw new IllegalArgumentException(type + " " + eventId + " lacks id or name");
                }
                PartnershipRecord known = partnerships.findByIdOptional(event.id()).orElse(null);
                PartnershipRecord p = known != null ? known : new PartnershipRecord();
                p.id = event.id();
                p.slug = event.slug();
                p.name = event.name();
                p.status = event.status() != null ? event.status()
                        : type.equals("partnership.dissolved") ? "dissolved" : "active";
                p.areas = event.areas() == null ? new String[0] : event.areas().toArray(String[]::new);
                p.themes = event.themes() == null ? new String[0] : event.themes().toArray(String[]::new);
                p.updatedAt = Instant.now();
                if (known == null) {
                    partnerships.persist(p);
                }
            } else if (type.equals("area.saved")) {
                AreaSaved event = json.readValue(payload, AreaSaved.class);
                Area known = areas.findByIdOptional(event.code()).orElse(null);
                Area area = known != null ? known : new Area();
                area.code = event.code();
                area.name = event.name();
                area.type = event.type() == null ? "other" : event.type();
                area.parentCode = event.parentCode();
                if (known == null) {
                    areas.persist(area);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type + " " + eventId + " is not readable JSON: " + e.getOriginalMessage(), e);
        }
        ProcessedEvent done = new ProcessedEvent();
        done.eventId = eventId;
        done.type = type;
        done.processedAt = Instant.now();
        processed.persist(done);
    }

    @Transactional
    public Optional<PartnershipView> find(UUID id) {
        return partnerships.findByIdOptional(id).map(PartnershipView::from);
    }

    @Transactional
    public Optional<PartnershipView> findBySlug(String slug) {
        return partnerships.findBySlug(slug).map(PartnershipView::from);
    }

    @Transactional
    public PageSlice<PartnershipView> list(int page, int perPage) {
        PanacheQuery<PartnershipRecord> query = partnerships.allByName().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(PartnershipView::from);
    }
}
