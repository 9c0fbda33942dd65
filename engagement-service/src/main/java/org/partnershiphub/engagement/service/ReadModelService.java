package org.partnershiphub.engagement.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.AreaRef;
import org.partnershiphub.engagement.domain.PartnershipRef;
import org.partnershiphub.engagement.domain.ProcessedEvent;
import org.partnershiphub.engagement.domain.TargetRef;
import org.partnershiphub.engagement.messaging.UnreadableEventException;
import org.partnershiphub.engagement.messaging.events.DirectoryArea;
import org.partnershiphub.engagement.messaging.events.DirectoryPartnership;
import org.partnershiphub.engagement.messaging.events.IncomingEvent;
import org.partnershiphub.engagement.messaging.events.PerformanceTarget;
import org.partnershiphub.engagement.repository.AreaRefRepository;
import org.partnershiphub.engagement.repository.PartnershipRefRepository;
import org.partnershiphub.engagement.repository.ProcessedEventRepository;
import org.partnershiphub.engagement.repository.TargetRefRepository;
import org.partnershiphub.engagement.rest.KnownAreaView;
import org.partnershiphub.engagement.rest.KnownPartnershipView;
import org.partnershiphub.engagement.rest.KnownTargetView;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local lists of partnerships and the area tree (from directory.events) and of LAA targets (from
 * performance.events).
 */
@ApplicationScoped
public class ReadModelService {

    private final PartnershipRefRepository partnerships;
    private final TargetRefRepository targets;
    private final ProcessedEventRepository processed;
    private final ObjectReader partnershipReader;
    private final ObjectReader targetReader;
    private final ObjectReader areaReader;
    private final AreaRefRepository areas;

    ReadModelService(PartnershipRefRepository partnerships, TargetRefRepository targets,
                     AreaRefRepository areas, ProcessedEventRepository processed, ObjectMapper json) {
        this.areas = areas;
        this.partnerships = partnerships;
        this.targets = targets;
        this.processed = processed;
        // producers may add fields; each consumer reads only what it needs
        this.partnershipReader = json.readerFor(DirectoryPartnership.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.targetReader = json.readerFor(PerformanceTarget.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.areaReader = json.readerFor(DirectoryArea.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Applies an event once; the event id is recorded in the same transaction. Unknown types are only recorded. */
    @Transactional
    public void handle(IncomingEvent event) {
        if (processed.handled(event.id())) {
            return;
        }
        switch (event.type()) {
            case "partnership.registered", "partnership.updated", "partnership.dissolved" ->
                    savePartnership(read(partnershipReader, event, DirectoryPartnership.class));
            case "target.set", "target.revised" -> saveTarget(read(targetReader, event, PerformanceTarget.class));
            case "area.saved" -> saveArea(read(areaReader, event, DirectoryArea.class));
            default -> {
                // not an event this service keeps anything from
            }
        }
        ProcessedEvent done = new ProcessedEvent();
        done.id = event.id();
        done.type = event.type();
        done.processedAt = Instant.now();
        processed.persist(done);
    }

    private void savePartnership(DirectoryPartnership p) {
        if (p.id() == null || p.name() == null) {
            throw new UnreadableEventException("partnership event without id or name", null);
        }
        PartnershipRef ref = partnerships.findByIdOptional(p.id()).orElseGet(PartnershipRef::new);
        ref.id = p.id();
        ref.slug = p.slug();
        ref.name = p.name();
        ref.status = p.status() == null ? "active" : p.status();
        ref.areas = array(p.areas());
        ref.themes = array(p.themes());
        ref.updatedAt = Instant.now();
        partnerships.persist(ref);
    }

    private void saveArea(DirectoryArea a) {
        if (a.code() == null || a.name() == null) {
            throw new UnreadableEventException("area event without code or name", null);
        }
        AreaRef ref = areas.findByIdOptional(a.code()).orElseGet(AreaRef::new);
        ref.code = a.code();
        ref.name = a.name();
        ref.parentCode = a.parentCode();
        ref.updatedAt = Instant.now();
        areas.persist(ref);
    }

    private void saveTarget(PerformanceTarget t) {
        if (t.id() == null || t.title() == null) {
            throw new UnreadableEventException("target event without id or title", null);
        }
        TargetRef ref = targets.findByIdOptional(t.id()).orElseGet(TargetRef::new);
        ref.id = t.id();
        ref.title = t.title();
        ref.indicatorCode = t.indicatorCode();
        ref.leadPartnershipId = t.leadPartnershipId();
        ref.areas = array(t.areas());
        ref.updatedAt = Instant.now();
        targets.persist(ref);
    }

    @Transactional
    public Optional<KnownPartnershipView> partnership(UUID id) {
        return partnerships.findByIdOptional(id).map(KnownPartnershipView::from);
    }

    @Transactional
    public Optional<KnownAreaView> area(String code) {
        return areas.findByIdOptional(code).map(a -> new KnownAreaView(a.code, a.name, a.parentCode, areas.ancestors(a.code)));
    }

    @Transactional
    public Optional<KnownTargetView> target(UUID id) {
        return targets.findByIdOptional(id).map(KnownTargetView::from);
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static <T> T read(ObjectReader reader, IncomingEvent event, Class<T> type) {
        try {
            return reader.readValue(event.data());
        } catch (IOException e) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " cannot be read as "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
