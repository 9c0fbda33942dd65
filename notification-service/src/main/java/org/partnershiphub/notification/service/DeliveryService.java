package org.partnershiphub.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Delivery;
import org.partnershiphub.notification.domain.Edition;
import org.partnershiphub.notification.domain.Item;
import org.partnershiphub.notification.domain.Subscriber;
import org.partnershiphub.notification.domain.Subscription;
import org.partnershiphub.notification.repository.DeliveryRepository;
import org.partnershiphub.notification.repository.EditionRepository;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.repository.SubscriberRepository;
import org.partnershiphub.notification.repository.SubscriptionRepository;
import org.partnershiphub.notification.rest.ItemView;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The delivery records: queueing digests, claiming due emails, rendering one, recording the outcome.
 * Each step is its own transaction so that a sent email is marked sent right after SMTP accepted it.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Map<String, String> FREQUENCY_OF_KIND = Map.of(
            Delivery.IMMEDIATE, "immediate", Delivery.DIGEST, "weekly", Delivery.EDITION, "monthly");

    private final DeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final SubscriptionRepository subscriptions;
    private final ItemRepository items;
    private final EditionRepository editions;
    private final MailComposer composer;
    private final LinkTokens tokens;
    private final NotificationConfig config;

    DeliveryService(DeliveryRepository deliveries, SubscriberRepository subscribers, SubscriptionRepository subscriptions,
                    ItemRepository items, EditionRepository editions, MailComposer composer, LinkTokens tokens,
                    NotificationConfig config) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.items = items;
        this.editions = editions;
        this.composer = composer;
        this.tokens = tokens;
        this.config = config;
    }

    /** Queues the weekly digest of items received in the week starting on that Monday; repeating it adds nothing. */
    @Transactional
    public int queueWeeklyDigest(LocalDate weekStart) {
        LocalDate monday = weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return deliveries.queueDigest("weekly", "digest:weekly:" + monday, from, to);
    }

    @Transactional
    public List<UUID> claim(int limit) {
        Instant now = Instant.now();
        return deliveries.claim(limit, now.minus(config.delivery().lease()), now);
    }

    /**
     * The email for a claimed delivery, or empty when it must not go out any more (address erased or
     * suspended, subscription cancelled since it was queued, too many attempts); such a delivery is closed here.
     */
    @Transactional
    public Optional<OutgoingMail> prepare(UUID deliveryId) {
        Delivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !Delivery.SENDING.equals(delivery.status)) {
            return Optional.empty();
        }
        if (delivery.attempts > config.delivery().maxAttempts()) {
            delivery.status = Delivery.FAILED;
            return Optional.empty();
        }
        Subscriber subscriber = delivery.subscriberId == null ? null : subscribers.findById(delivery.subscriberId);
        if (subscriber == null || !mayReceive(subscriber, delivery)) {
            delivery.status = Delivery.CANCELLED;
            return Optional.empty();
        }
        // a confirmation's unsubscribe link cancels just that pending subscription; any other, all of them
        UUID unsubscribeScope = Delivery.CONFIRMATION.equals(delivery.kind) ? delivery.subscriptionId : null;
        MailComposer.Footer footer = new MailComposer.Footer(
                link("/e-news/manage", tokens.issue(LinkTokens.MANAGE, subscriber.id, null, config.tokens().manageTtl())),
                link("/e-news/unsubscribe", tokens.issue(LinkTokens.UNSUBSCRIBE, subscriber.id, unsubscribeScope,
                        config.tokens().unsubscribeTtl())));
        return Optional.of(switch (delivery.kind) {
            case Delivery.CONFIRMATION -> composer.confirmation(delivery.id, subscriber.email,
                    link("/e-news/confirm", tokens.issue(LinkTokens.CONFIRM, subscriber.id, delivery.subscriptionId,
                            config.tokens().confirmationTtl())),
                    subscriptions.findByIdOptional(delivery.subscriptionId).map(s -> s.frequency).orElse(""), footer);
            case Delivery.MANAGE_LINK -> composer.manageLink(delivery.id, subscriber.email, footer);
            default -> itemsMail(delivery, subscriber, footer);
        });
    }

    /** Claimed but not tried: back to the queue, the claim not counted as an attempt. */
    @Transactional
    public void release(List<UUID> deliveryIds) {
        if (!deliveryIds.isEmpty()) {
            deliveries.release(deliveryIds);
        }
    }

    @Transactional
    public void markSent(UUID deliveryId) {
        Delivery delivery = deliveries.findById(deliveryId);
        delivery.status = Delivery.SENT;
        delivery.sentAt = Instant.now();
        delivery.lastError = null;
    }

    /** Back to the queue for another attempt, or failed for good after the configured number. */
    @Transactional
    public void markFailed(UUID deliveryId, String error) {
        Delivery delivery = deliveries.findById(deliveryId);
        delivery.status = delivery.attempts >= config.delivery().maxAttempts() ? Delivery.FAILED : Delivery.QUEUED;
        delivery.lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    @Transactional
    public long count(String status) {
        return deliveries.countByStatus(status);
    }

    private boolean mayReceive(Subscriber subscriber, Delivery delivery) {
        String frequency = FREQUENCY_OF_KIND.get(delivery.kind);
        if (frequency == null) {
            return true; // confirmation and manage links go to any address that asked
        }
        return Subscriber.ACTIVE.equals(subscriber.status) && subscriber.confirmedAt != null
                && subscriptions.ofSubscriber(subscriber.id).stream()
                .anyMatch(s -> Subscription.ACTIVE.equals(s.status) && frequency.equals(s.frequency));
    }

    private OutgoingMail itemsMail(Delivery delivery, Subscriber subscriber, MailComposer.Footer footer) {
        List<UUID> ids = delivery.itemIds.stream().map(UUID::fromString).toList();
        Map<UUID, Item> byId = items.byIds(ids).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<ItemView> ordered = ids.stream().map(byId::get).filter(i -> i != null).map(ItemView::from).toList();
        return switch (delivery.kind) {
            case Delivery.IMMEDIATE -> composer.items(delivery.id, subscriber.email, ordered.get(0).title(),
                    ordered.get(0).title(), null, ordered, footer);
            case Delivery.DIGEST -> {
                String heading = "Your weekly e-News digest: " + ordered.size() + (ordered.size() == 1 ? " item" : " items");
                yield composer.items(delivery.id, subscriber.email, heading, heading, null, ordered, footer);
            }
            default -> {
                Edition edition = editions.findById(delivery.editionId);
                yield composer.items(delivery.id, subscriber.email, edition.title, edition.title, edition.editorial,
                        ordered, footer);
            }
        };
    }

    private String link(String path, String token) {
        return config.publicUrl().replaceAll("/+$", "") + path + "?token=" + token;
    }
}
