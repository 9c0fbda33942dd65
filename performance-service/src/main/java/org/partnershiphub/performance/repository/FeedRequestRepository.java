package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.FeedRequest;

@ApplicationScoped
public class FeedRequestRepository implements PanacheRepositoryBase<FeedRequest, String> {
}
