package org.partnershiphub.performance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.rest.IndicatorRequest;
import org.partnershiphub.performance.rest.IndicatorView;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;

    IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Transactional
    public IndicatorView create(IndicatorRequest request) {
        String code = request.code().strip();
        if (indicators.findByIdOptional(code).isPresent()) {
            throw DomainException.conflict("Indicator code already in use",
                    "An indicator with the code '" + code + "' exists already", "code");
        }
        Indicator indicator = new Indicator();
        indicator.code = code;
        indicator.title = request.title().strip();
        indicator.definition = request.definition();
        indicator.unit = request.unit().strip();
        indicator.polarity = request.polarity();
        indicator.frequency = request.frequency();
        indicator.source = request.source();
        indicator.createdAt = Instant.now();
        indicators.persist(indicator);
        return IndicatorView.from(indicator);
    }

    @Transactional
    public Optional<IndicatorView> find(String code) {
        return indicators.findByIdOptional(code).map(IndicatorView::from);
    }

    @Transactional
    public PageSlice<IndicatorView> list(int page, int perPage) {
        PanacheQuery<Indicator> query = indicators.allByCode().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(IndicatorView::from);
    }
}
