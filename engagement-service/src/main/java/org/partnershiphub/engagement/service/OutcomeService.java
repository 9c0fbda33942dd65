package org.partnershiphub.engagement.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementStatus;
import org.partnershiphub.engagement.domain.Outcome;
import org.partnershiphub.engagement.messaging.Outbox;
import org.partnershiphub.engagement.messaging.events.EngagementNotice;
import org.partnershiphub.engagement.repository.OutcomeRepository;
import org.partnershiphub.engagement.rest.EngagementView;
import org.partnershiphub.engagement.rest.OutcomeRequest;
import org.partnershiphub.engagement.rest.OutcomeView;
import org.partnershiphub.engagement.rest.PublishRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** "We asked, you said, we did": writing an engagement's outcome and publishing it. */
@ApplicationScoped
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final EngagementService engagements;
    private final Outbox outbox;
    private final ObjectMapper json;

    OutcomeService(OutcomeRepository outcomes, EngagementService engagements, Outbox outbox, ObjectMapper json) {
        this.outcomes = outcomes;
        this.engagements = engagements;
        this.outbox = outbox;
        this.json = json;
    }

    /** Writes or rewrites the outcome; allowed once the engagement has closed (also after publishing, to correct it). */
    @Transactional
    public OutcomeView save(UUID engagementId, OutcomeRequest request) {
        Engagement e = engagements.get(engagementId);
        if (e.status != EngagementStatus.CLOSED && e.status != EngagementStatus.OUTCOME_PUBLISHED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Not closed yet",
                    "An outcome can be written once the engagement has closed; it is " + e.status.code(), "status",
                    Map.of("current_status", e.status.code()));
        }
        engagements.requireKnownTargets(request.targetIdsOrEmpty(), "target_ids");
        Outcome outcome = outcomes.findByIdOptional(engagementId).orElseGet(Outcome::new);
        outcome.engagementId = engagementId;
        outcome.weAsked = write(request.weAsked());
        outcome.youSaid = write(request.youSaid());
        outcome.weDid = write(request.weDid());
        outcome.targetIds = List.copyOf(new LinkedHashSet<>(request.targetIdsOrEmpty())).toArray(UUID[]::new);
        outcome.updatedAt = Instant.now();
        outcomes.persist(outcome);
        return view(e, outcome);
    }

    /** Publishes the outcome: the engagement moves to outcome-published and outcome.published goes out. */
    @Transactional
    public OutcomeView publish(UUID engagementId, PublishRequest request, String by) {
        Engagement e = engagements.get(engagementId);
        Outcome outcome = outcomes.findByIdOptional(engagementId).orElseThrow(() -> new DomainException(
                DomainException.Kind.CONFLICT, "No outcome to publish",
                "Write the outcome first (PUT /engagements/" + engagementId + "/outcome)", null));
        if (e.status != EngagementStatus.CLOSED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Transition not allowed",
                    "An engagement that is " + e.status.code() + " cannot move to outcome-published; only a closed one can",
                    "status", Map.of("current_status", e.status.code(),
                    "allowed_transitions", e.status.next().stream().map(EngagementStatus::code).toList()));
        }
        outcome.publishedOn = request != null && request.publishedOn() != null ? request.publishedOn() : EngagementService.today();
        outcome.updatedAt = Instant.now();
        e.status = EngagementStatus.OUTCOME_PUBLISHED;
        e.updatedAt = outcome.updatedAt;
        engagements.record(e, EngagementStatus.CLOSED, EngagementStatus.OUTCOME_PUBLISHED, by, "Outcome published");
        outbox.publish(engagements.notice(EngagementNotice.OUTCOME_PUBLISHED, e));
        return view(e, outcome);
    }

    @Transactional
    public Optional<OutcomeView> find(UUID engagementId) {
        Engagement e = engagements.get(engagementId);
        return outcomes.findByIdOptional(engagementId).map(o -> view(e, o));
    }

    /** Published outcomes with their engagements, newest first (for the feed). */
    @Transactional
    public List<OutcomeView> recentlyPublished(int limit) {
        return outcomes.recentlyPublished(limit).stream()
                .map(o -> view(engagements.get(o.engagementId), o)).toList();
    }

    OutcomeView view(Engagement e, Outcome o) {
        Map<UUID, String> titles = engagements.targetTitles(Arrays.asList(o.targetIds));
        return new OutcomeView(e.id, e.title, read(o.weAsked, new TypeReference<>() { }),
                read(o.youSaid, new TypeReference<>() { }),
                read(o.weDid, new TypeReference<List<OutcomeRequest.Action>>() { }),
                Arrays.stream(o.targetIds).map(id -> new EngagementView.NamedRef(id, titles.get(id))).toList(),
                o.publishedOn != null, o.publishedOn, o.updatedAt, engagements.url(e) + "/outcome");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outcome cannot be written as JSON", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome cannot be read", e);
        }
    }
}
