package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.TargetRag;

import java.util.UUID;

@ApplicationScoped
public class TargetRagRepository implements PanacheRepositoryBase<TargetRag, UUID> {
}
