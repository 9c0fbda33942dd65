package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.CaseStudyReuse;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseStudyReuseRepository implements PanacheRepositoryBase<CaseStudyReuse, CaseStudyReuse.Key> {

    public List<CaseStudyReuse> forCaseStudy(UUID caseStudyId) {
        return list("key.caseStudyId = ?1 order by addedAt, key.partnershipId", caseStudyId);
    }
}
