package org.partnershiphub.performance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.IndicatorValue;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.ValueChange;
import org.partnershiphub.performance.messaging.Outbox;
import org.partnershiphub.performance.messaging.events.ValueEvent;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.repository.PeriodLockRepository;
import org.partnershiphub.performance.repository.ValueChangeRepository;
import org.partnershiphub.performance.repository.ValueRepository;
import org.partnershiphub.performance.rest.ValueChangeView;
import org.partnershiphub.performance.rest.ValueRequest;
import org.partnershiphub.performance.rest.ValueRevisionRequest;
import org.partnershiphub.performance.rest.ValueView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ValueService {

    public static final Set<String> STATUSES = Set.of("provisional", "final", "revised");

    private final ValueRepository values;
    private final ValueChangeRepository changes;
    private final IndicatorRepository indicators;
    private final PeriodLockRepository locks;
    private final KnownAreas areas;
    private final StatusService status;
    private final TargetDescriber describer;
    private final Outbox outbox;

    ValueService(ValueRepository values, ValueChangeRepository changes, IndicatorRepository indicators,
                 PeriodLockRepository locks, KnownAreas areas, StatusService status, TargetDescriber describer, Outbox outbox) {
        this.values = values;
        this.changes = changes;
        this.indicators = indicators;
        this.locks = locks;
        this.areas = areas;
        this.status = status;
        this.describer = describer;
        this.outbox = outbox;
    }

    @Transactional
    public ValueView record(ValueRequest request, Actor actor) {
        String code = request.indicatorCode().strip();
        if (indicators.findByIdOptional(code).isEmpty()) {
            throw DomainException.unprocessable("Unknown indicator", "No indicator has the code '" + code + "'", "indicator_code");
        }
        String area = request.area().strip();
        if (!areas.codes().contains(area)) {
            throw DomainException.unprocessable("Unknown area", "'" + area + "' is not an area known from the directory "
                    + "or covered by an agreement or target", "area");
        }
        Period period = Periods.parse(request.period(), "period");
        checkLock(period, actor, request.reason());
        if (values.findByKey(code, area, period.toString()).isPresent()) {
            throw DomainException.conflict("Value already recorded", "A value for " + code + " in " + area + " for "
                    + period + " exists; revise it with PUT /values/{id}", "period");
        }
        IndicatorValue value = new IndicatorValue();
        value.id = UUID.randomUUID();
        value.indicatorCode = code;
        value.areaCode = area;
        value.period = period.toString();
        value.value = request.value();
        value.status = request.status() == null ? "provisional" : request.status();
        value.source = request.source();
        value.note = request.note();
        value.createdAt = Instant.now();
        value.updatedAt = value.createdAt;
        values.persist(value);
        changes.persist(change(value, actor, request.reason() == null ? "First recorded" : request.reason(), null, null));
        outbox.publish(event(ValueEvent.RECORDED, value));
        status.refreshKeys(List.of(code + "|" + area));
        return ValueView.from(value);
    }

    @Transactional
    public ValueView revise(UUID id, ValueRevisionRequest request, Actor actor) {
        IndicatorValue value = values.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Value", id));
        checkLock(Period.parseOrNull(value.period), actor, request.reason());
        ValueChange change = change(value, actor, request.reason(), value.value, value.status);
        value.value = request.value();
        value.status = request.status() == null ? "revised" : request.status();
        if (request.source() != null) {
            value.source = request.source();
        }
        if (request.note() != null) {
            value.note = request.note();
        }
        value.updatedAt = Instant.now();
        change.value = value.value;
        change.status = value.status;
        change.source = value.source;
        change.note = value.note;
        changes.persist(change);
        outbox.publish(event(ValueEvent.REVISED, value));
        status.refreshKeys(List.of(value.indicatorCode + "|" + value.areaCode));
        return ValueView.from(value);
    }

    @Transactional
    public Optional<ValueView> find(UUID id) {
        return values.findByIdOptional(id).map(ValueView::from);
    }

    @Transactional
    public List<ValueChangeView> history(UUID id) {
        if (values.findByIdOptional(id).isEmpty()) {
            throw DomainException.notFound("Value", id);
        }
        return changes.ofValue(id).stream().map(ValueChangeView::from).toList();
    }

    @Transactional
    public PageSlice<ValueView> list(String indicator, String area, String period, int page, int perPage) {
        String normalised = period == null ? null : Periods.parse(period, "period").toString();
        PanacheQuery<IndicatorValue> query = values.filtered(indicator, area, normalised).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(ValueView::from);
    }

    ValueEvent event(String type, IndicatorValue value) {
        return new ValueEvent(type, value.id, value.indicatorCode, value.areaCode, value.period, value.value, value.status,
                describer.url("/values/" + value.id), Instant.now());
    }

    private void checkLock(Period period, Actor actor, String reason) {
        if (period == null || locks.findByIdOptional(period.toString()).isEmpty()) {
            return;
        }
        if (!actor.admin()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "Period locked",
                    "Period " + period + " is locked; only an admin may change its values, giving a reason", "period");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.unprocessable("Reason needed for a locked period",
                    "Period " + period + " is locked; give the reason for changing it", "reason");
        }
    }

    private static ValueChange change(IndicatorValue value, Actor actor, String reason, java.math.BigDecimal previousValue,
                                      String previousStatus) {
        ValueChange change = new ValueChange();
        change.valueId = value.id;
        change.changedAt = Instant.now();
        change.changedBy = actor.name();
        change.reason = reason;
        change.value = value.value;
        change.status = value.status;
        change.source = value.source;
        change.note = value.note;
        change.previousValue = previousValue;
        change.previousStatus = previousStatus;
        return change;
    }
}
