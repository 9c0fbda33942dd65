package org.partnershiphub.performance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Agreement;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.repository.AgreementRepository;
import org.partnershiphub.performance.rest.AgreementRequest;
import org.partnershiphub.performance.rest.AgreementView;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;

    AgreementService(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Transactional
    public AgreementView create(AgreementRequest request) {
        Period first = Periods.parse(request.firstYear(), "first_year");
        Period last = Periods.parse(request.lastYear(), "last_year");
        if (!first.annual() || !last.annual()) {
            throw DomainException.badRequest("Agreements run over financial years",
                    "first_year and last_year are financial years, written like 2008-09", first.annual() ? "last_year" : "first_year");
        }
        if (last.startYear() < first.startYear()) {
            throw DomainException.unprocessable("Years out of order", "last_year comes before first_year", "last_year");
        }
        if (agreements.nameExists(request.name().strip())) {
            throw DomainException.conflict("Agreement name already in use",
                    "An agreement named '" + request.name().strip() + "' exists already", "name");
        }
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.name = request.name().strip();
        agreement.areaCode = request.area().strip();
        agreement.firstYear = first.startYear();
        agreement.lastYear = last.startYear();
        agreement.accountableBody = request.accountableBody().strip();
        agreement.createdAt = Instant.now();
        agreements.persist(agreement);
        return AgreementView.from(agreement);
    }

    @Transactional
    public Optional<AgreementView> find(UUID id) {
        return agreements.findByIdOptional(id).map(AgreementView::from);
    }

    @Transactional
    public PageSlice<AgreementView> list(int page, int perPage) {
        PanacheQuery<Agreement> query = agreements.allByName().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(AgreementView::from);
    }
}
