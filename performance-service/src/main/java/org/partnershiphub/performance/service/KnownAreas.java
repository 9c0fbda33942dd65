package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.repository.AgreementRepository;
import org.partnershiphub.performance.repository.AreaRepository;
import org.partnershiphub.performance.repository.TargetRepository;

import java.util.HashSet;
import java.util.Set;

/**
 * The areas values may be recorded for: those the directory announced (area.saved) and those an
 * agreement or target here covers.
 */
@ApplicationScoped
public class KnownAreas {

    private final AreaRepository areas;
    private final AgreementRepository agreements;
    private final TargetRepository targets;

    KnownAreas(AreaRepository areas, AgreementRepository agreements, TargetRepository targets) {
        this.areas = areas;
        this.agreements = agreements;
        this.targets = targets;
    }

    @Transactional
    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        areas.listAll().forEach(a -> codes.add(a.code));
        codes.addAll(agreements.areaCodes());
        codes.addAll(targets.areaCodes());
        return codes;
    }
}
