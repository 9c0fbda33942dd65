package org.partnershiphub.directory.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Area;
import org.partnershiphub.directory.domain.Theme;
import org.partnershiphub.directory.messaging.Outbox;
import org.partnershiphub.directory.messaging.events.AreaSaved;
import org.partnershiphub.directory.repository.AreaRepository;
import org.partnershiphub.directory.repository.ThemeRepository;
import org.partnershiphub.directory.rest.AreaRequest;
import org.partnershiphub.directory.rest.AreaView;
import org.partnershiphub.directory.rest.ThemeView;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Areas and the theme taxonomy. */
@ApplicationScoped
public class AreaService {

    private final AreaRepository areas;
    private final ThemeRepository themes;
    private final Outbox outbox;

    AreaService(AreaRepository areas, ThemeRepository themes, Outbox outbox) {
        this.areas = areas;
        this.themes = themes;
        this.outbox = outbox;
    }

    @Transactional
    public AreaView create(AreaRequest request) {
        if (areas.findByIdOptional(request.code()).isPresent()) {
            throw DomainException.conflict("Area already exists",
                    "An area with code " + request.code() + " exists; PUT /areas/" + request.code() + " to change it", "code");
        }
        Area area = new Area();
        area.code = request.code();
        area.createdAt = Instant.now();
        apply(area, request);
        areas.persist(area);
        publish(area);
        return AreaView.from(area);
    }

    @Transactional
    public AreaView update(String code, AreaRequest request) {
        Area area = areas.findByIdOptional(code).orElseThrow(() -> DomainException.notFound("Area", code));
        if (!code.equals(request.code())) {
            throw DomainException.unprocessable("Code cannot change", "code in the body must be " + code, "code");
        }
        apply(area, request);
        publish(area);
        return AreaView.from(area);
    }

    @Transactional
    public Optional<AreaView> find(String code) {
        return areas.findByIdOptional(code).map(AreaView::from);
    }

    @Transactional
    public PageSlice<AreaView> list(String type, String parent, String q, int page, int perPage) {
        PanacheQuery<Area> query = areas.filtered(type, parent, q, null).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(AreaView::from);
    }

    /** The next matches after a given code, in code order: how ndjson streams a whole collection. */
    @Transactional
    public List<AreaView> after(String type, String parent, String q, String afterCode, int size) {
        return areas.filtered(type, parent, q, afterCode).page(Page.ofSize(size)).list().stream().map(AreaView::from).toList();
    }

    @Transactional
    public PageSlice<ThemeView> themes(String kind, int page, int perPage) {
        PanacheQuery<Theme> query = themes.filtered(kind).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(ThemeView::from);
    }

    @Transactional
    public Optional<ThemeView> theme(String code) {
        return themes.findByIdOptional(code).map(ThemeView::from);
    }

    private void apply(Area area, AreaRequest request) {
        if (request.parentCode() != null) {
            Area parent = areas.findByIdOptional(request.parentCode())
                    .orElseThrow(() -> DomainException.unknownReference("parent_code", "area", request.parentCode()));
            Set<String> seen = new HashSet<>();
            for (Area a = parent; a != null && seen.add(a.code); a = a.parentCode == null ? null : areas.findById(a.parentCode)) {
                if (a.code.equals(area.code)) {
                    throw DomainException.unprocessable("Parent would make a cycle",
                            "parent_code " + request.parentCode() + " is this area or lies inside it", "parent_code");
                }
            }
        }
        area.name = request.name().strip();
        area.type = request.type();
        area.parentCode = request.parentCode();
        area.updatedAt = Instant.now();
    }

    private void publish(Area area) {
        outbox.publish(new AreaSaved(area.code, area.name, area.type, area.parentCode, Instant.now()));
    }

    public List<String> withDescendants(String code) {
        return areas.withDescendants(code);
    }
}
