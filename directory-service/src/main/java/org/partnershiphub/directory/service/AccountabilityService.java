package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Accountability;
import org.partnershiphub.directory.domain.ProcessedEvent;
import org.partnershiphub.directory.messaging.PerformanceEventsConsumer.Partner;
import org.partnershiphub.directory.messaging.PerformanceEventsConsumer.TargetEvent;
import org.partnershiphub.directory.repository.AccountabilityRepository;
import org.partnershiphub.directory.repository.ProcessedEventRepository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Keeps the accountability view from performance-service's target events; each event is applied once. */
@ApplicationScoped
public class AccountabilityService {

    public static final String TARGET_SET = "target.set";
    public static final String TARGET_REVISED = "target.revised";
    public static final String TARGET_STATUS_CHANGED = "target.status-changed";
    public static final Set<String> HANDLED = Set.of(TARGET_SET, TARGET_REVISED, TARGET_STATUS_CHANGED);

    private final AccountabilityRepository accountabilities;
    private final ProcessedEventRepository processed;

    AccountabilityService(AccountabilityRepository accountabilities, ProcessedEventRepository processed) {
        this.accountabilities = accountabilities;
        this.processed = processed;
    }

    /** Applies an event unless its ce_id was seen; other event types are recorded as handled and ignored. */
    @Transactional
    public void handle(String ceId, String type, TargetEvent event) {
        if (processed.findByIdOptional(ceId).isPresent()) {
            return;
        }
        if (event != null) {
            if (event.id() == null) {
                throw new IllegalArgumentException(type + " event " + ceId + " has no target id");
            }
            if (TARGET_STATUS_CHANGED.equals(type)) {
                statusChanged(event);
            } else {
                targetSet(event);
            }
        }
        ProcessedEvent done = new ProcessedEvent();
        done.id = ceId;
        done.type = type;
        done.processedAt = Instant.now();
        processed.persist(done);
    }

    private void targetSet(TargetEvent e) {
        List<Partner> partners = partners(e);
        List<UUID> keep = partners.stream().map(Partner::id).toList();
        accountabilities.ofTarget(e.id()).stream().filter(a -> !keep.contains(a.key.partnershipId()))
                .forEach(accountabilities::delete);
        for (Partner p : partners) {
            Accountability a = upsert(e.id(), p);
            a.indicatorCode = e.indicatorCode();
            a.indicatorTitle = e.indicatorTitle();
            a.title = e.title();
            a.url = e.url();
        }
    }

    private void statusChanged(TargetEvent e) {
        List<Accountability> rows = accountabilities.ofTarget(e.id());
        if (rows.isEmpty()) {
            // the status arrived before (or without) target.set: build the rows from the event itself
            partners(e).forEach(p -> {
                Accountability a = upsert(e.id(), p);
                a.indicatorCode = e.indicatorCode();
                a.indicatorTitle = e.indicatorTitle();
                a.title = e.title();
                a.url = e.url();
            });
            rows = accountabilities.ofTarget(e.id());
        }
        for (Accountability a : rows) {
            a.status = e.newStatus();
            a.period = e.period();
            a.updatedAt = Instant.now();
        }
    }

    private Accountability upsert(UUID targetId, Partner p) {
        Accountability.Key key = new Accountability.Key(targetId, p.id());
        Accountability a = accountabilities.findByIdOptional(key).orElse(null);
        boolean fresh = a == null;
        if (fresh) {
            a = new Accountability();
            a.key = key;
        }
        a.role = "lead".equals(p.role()) ? "lead" : "contributing";
        a.updatedAt = Instant.now();
        if (fresh) {
            accountabilities.persist(a);
        }
        return a;
    }

    private static List<Partner> partners(TargetEvent e) {
        return e.partnerships() == null ? List.of()
                : e.partnerships().stream().filter(Objects::nonNull).filter(p -> p.id() != null).toList();
    }
}
