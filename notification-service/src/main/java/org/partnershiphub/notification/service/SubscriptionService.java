package org.partnershiphub.notification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Delivery;
import org.partnershiphub.notification.domain.Subscriber;
import org.partnershiphub.notification.domain.Subscription;
import org.partnershiphub.notification.repository.DeliveryRepository;
import org.partnershiphub.notification.repository.SubscriberRepository;
import org.partnershiphub.notification.repository.SubscriptionRepository;
import org.partnershiphub.notification.rest.BounceRequest;
import org.partnershiphub.notification.rest.DeliveryView;
import org.partnershiphub.notification.rest.SubscribeRequest;
import org.partnershiphub.notification.rest.SubscriberView;
import org.partnershiphub.notification.rest.SubscriptionRequest;
import org.partnershiphub.notification.rest.SubscriptionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscribers and their subscriptions: double opt-in, management by signed link, unsubscribing,
 * erasure and bounces. Answers never reveal whether an address is known.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final java.util.Set<String> FREQUENCIES = java.util.Set.of("immediate", "weekly", "monthly");

    private final SubscriberRepository subscribers;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final LinkTokens tokens;
    private final NotificationConfig config;

    SubscriptionService(SubscriberRepository subscribers, SubscriptionRepository subscriptions,
                        DeliveryRepository deliveries, LinkTokens tokens, NotificationConfig config) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.tokens = tokens;
        this.config = config;
    }

    /** A pending subscription and the email that confirms it; nothing else goes out until that link is used. */
    @Transactional
    public void subscribe(SubscribeRequest request) {
        Criteria criteria = request.criteria();
        Subscriber subscriber = subscribers.byEmail(request.email().trim()).orElseGet(() -> newSubscriber(request.email()));
        Subscription subscription = newSubscription(subscriber.id, criteria, request.frequency(), Subscription.PENDING);
        queue(subscriber.id, Delivery.CONFIRMATION, "confirm:" + subscription.id, subscription.id);
    }

    /** Confirms the subscription the link was made for, and with it the address. */
    @Transactional
    public SubscriberView confirm(String token) {
        LinkTokens.Claims claims = tokens.verify(token, LinkTokens.CONFIRM).orElseThrow(DomainException::badLink);
        Subscriber subscriber = subscribers.findByIdOptional(claims.subscriber()).orElseThrow(DomainException::badLink);
        if (claims.scope() == null) {
            throw DomainException.badLink();
        }
        Subscription subscription = subscriptions.findByIdOptional(claims.scope())
                .filter(s -> s.subscriberId.equals(subscriber.id)).orElseThrow(DomainException::badLink);
        if (Subscription.CANCELLED.equals(subscription.status)) {
            throw DomainException.conflict("Subscription cancelled",
                    "This subscription was cancelled; subscribe again to receive the e-News", "token");
        }
        Instant now = Instant.now();
        if (Subscription.PENDING.equals(subscription.status)) {
            subscription.status = Subscription.ACTIVE;
            subscription.confirmedAt = now;
        }
        if (subscriber.confirmedAt == null) {
            subscriber.confirmedAt = now;
        }
        // a working confirmation link proves the address receives mail again
        subscriber.status = Subscriber.ACTIVE;
        subscriber.softBounces = 0;
        subscriber.suspendedReason = null;
        return view(subscriber);
    }

    /** Emails a manage link if the address is known; the caller learns nothing either way. */
    @Transactional
    public void sendManageLink(String email) {
        subscribers.byEmail(email.trim()).ifPresent(s -> queue(s.id, Delivery.MANAGE_LINK, "manage:" + UUID.randomUUID(), null));
    }

    @Transactional
    public SubscriberView me(String manageToken) {
        return view(bySubscriberToken(manageToken));
    }

    @Transactional
    public SubscriptionView change(String manageToken, UUID subscriptionId, SubscriptionRequest request) {
        Subscription subscription = own(bySubscriberToken(manageToken), subscriptionId);
        if (Subscription.CANCELLED.equals(subscription.status)) {
            throw DomainException.conflict("Subscription cancelled", "A cancelled subscription cannot be changed; "
                    + "subscribe again instead", "status");
        }
        if (request.frequency() == null || !FREQUENCIES.contains(request.frequency())) {
            throw DomainException.invalid("frequency", "frequency must be immediate, weekly or monthly");
        }
        Criteria criteria = request.criteria();
        subscription.themes = new ArrayList<>(criteria.themes());
        subscription.areas = new ArrayList<>(criteria.areas());
        subscription.partnerships = new ArrayList<>(criteria.partnerships());
        subscription.kinds = new ArrayList<>(criteria.kinds());
        subscription.frequency = request.frequency();
        return SubscriptionView.from(subscription);
    }

    /** Only the frequency, keeping the criteria (what the manage page's form changes). */
    @Transactional
    public SubscriptionView changeFrequency(String manageToken, UUID subscriptionId, String frequency) {
        Subscription subscription = own(bySubscriberToken(manageToken), subscriptionId);
        return change(manageToken, subscriptionId, new SubscriptionRequest(frequency, subscription.themes,
                subscription.areas, subscription.partnerships, subscription.kinds));
    }

    @Transactional
    public SubscriptionView cancel(String manageToken, UUID subscriptionId) {
        Subscription subscription = own(bySubscriberToken(manageToken), subscriptionId);
        cancel(subscription);
        return SubscriptionView.from(subscription);
    }

    /** The unsubscribe link of an email: one subscription when the link names one, otherwise all. */
    @Transactional
    public SubscriberView unsubscribe(String unsubscribeToken) {
        LinkTokens.Claims claims = tokens.verify(unsubscribeToken, LinkTokens.UNSUBSCRIBE).orElseThrow(DomainException::badLink);
        Subscriber subscriber = subscribers.findByIdOptional(claims.subscriber()).orElseThrow(DomainException::badLink);
        if (claims.scope() == null) {
            subscriptions.cancelAllOf(subscriber.id, Instant.now());
        } else {
            subscriptions.findByIdOptional(claims.scope()).filter(s -> s.subscriberId.equals(subscriber.id))
                    .ifPresent(this::cancel);
        }
        return view(subscriber);
    }

    /** Cancels every subscription of the subscriber the manage link is for. */
    @Transactional
    public SubscriberView cancelAll(String manageToken) {
        Subscriber subscriber = bySubscriberToken(manageToken);
        subscriptions.cancelAllOf(subscriber.id, Instant.now());
        return view(subscriber);
    }

    /** Whether an unsubscribe link is valid and names a single subscription (true) or all (false). */
    public boolean unsubscribesOne(String unsubscribeToken) {
        return tokens.verify(unsubscribeToken, LinkTokens.UNSUBSCRIBE).orElseThrow(DomainException::badLink).scope() != null;
    }

    /** A fresh manage token, for the page a confirmation link lands on. */
    public String manageToken(UUID subscriberId) {
        return tokens.issue(LinkTokens.MANAGE, subscriberId, null, config.tokens().manageTtl());
    }

    /** Removes the address and everything that names it; delivery records stay, without any link to it. */
    @Transactional
    public void erase(String manageToken) {
        Subscriber subscriber = bySubscriberToken(manageToken);
        deliveries.cancelPendingOf(subscriber.id);
        subscriptions.deleteAllOf(subscriber.id);
        subscribers.delete(subscriber);
    }

    /** An address brought over by an editor (e.g. from the list kept before this service): confirmed at once. */
    @Transactional
    public SubscriberView importConfirmed(SubscribeRequest request) {
        Criteria criteria = request.criteria();
        if (subscribers.byEmail(request.email().trim()).isPresent()) {
            throw DomainException.conflict("Subscriber exists", "This address is subscribed already", "email");
        }
        Subscriber subscriber = newSubscriber(request.email());
        subscriber.confirmedAt = Instant.now();
        Subscription subscription = newSubscription(subscriber.id, criteria, request.frequency(), Subscription.ACTIVE);
        subscription.confirmedAt = subscriber.confirmedAt;
        return view(subscriber);
    }

    @Transactional
    public PageSlice<SubscriberView> list(int page, int perPage) {
        PanacheQuery<Subscriber> query = subscribers.newestFirst().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(this::view);
    }

    @Transactional
    public Optional<SubscriberView> find(UUID id) {
        return subscribers.findByIdOptional(id).map(this::view);
    }

    @Transactional
    public PageSlice<DeliveryView> deliveriesOf(UUID subscriberId, int page, int perPage) {
        if (subscribers.findByIdOptional(subscriberId).isEmpty()) {
            throw DomainException.notFound("Subscriber", subscriberId);
        }
        PanacheQuery<Delivery> query = deliveries.ofSubscriber(subscriberId).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(DeliveryView::from);
    }

    /** A permanent failure suspends the address at once; soft ones do after a configured number in a row. */
    @Transactional
    public void bounce(BounceRequest bounce) {
        subscribers.byEmail(bounce.email().trim()).ifPresent(subscriber -> {
            deliveries.markLatestBounced(subscriber.id);
            String reason = bounce.type() + " bounce" + (bounce.reason() == null ? "" : ": " + bounce.reason());
            if ("permanent".equals(bounce.type())) {
                suspend(subscriber, reason);
            } else if (++subscriber.softBounces >= config.bounces().softLimit()) {
                suspend(subscriber, subscriber.softBounces + " soft bounces; last " + reason);
            }
        });
    }

    private void suspend(Subscriber subscriber, String reason) {
        subscriber.status = Subscriber.SUSPENDED;
        subscriber.suspendedReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        deliveries.cancelPendingOf(subscriber.id);
    }

    private Subscriber bySubscriberToken(String manageToken) {
        LinkTokens.Claims claims = tokens.verify(manageToken, LinkTokens.MANAGE).orElseThrow(DomainException::badLink);
        return subscribers.findByIdOptional(claims.subscriber()).orElseThrow(DomainException::badLink);
    }

    private Subscription own(Subscriber subscriber, UUID subscriptionId) {
        return subscriptions.findByIdOptional(subscriptionId).filter(s -> s.subscriberId.equals(subscriber.id))
                .orElseThrow(() -> DomainException.notFound("Subscription", subscriptionId));
    }

    private void cancel(Subscription subscription) {
        if (!Subscription.CANCELLED.equals(subscription.status)) {
            subscription.status = Subscription.CANCELLED;
            subscription.cancelledAt = Instant.now();
        }
    }

    private Subscriber newSubscriber(String email) {
        Subscriber subscriber = new Subscriber();
        subscriber.id = UUID.randomUUID();
        subscriber.email = email.trim();
        subscriber.status = Subscriber.ACTIVE;
        subscriber.createdAt = Instant.now();
        subscribers.persist(subscriber);
        return subscriber;
    }

    private Subscription newSubscription(UUID subscriberId, Criteria criteria, String frequency, String status) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.subscriberId = subscriberId;
        subscription.themes = new ArrayList<>(criteria.themes());
        subscription.areas = new ArrayList<>(criteria.areas());
        subscription.partnerships = new ArrayList<>(criteria.partnerships());
        subscription.kinds = new ArrayList<>(criteria.kinds());
        subscription.frequency = frequency;
        subscription.status = status;
        subscription.createdAt = Instant.now();
        subscriptions.persist(subscription);
        return subscription;
    }

    private void queue(UUID subscriberId, String kind, String sendKey, UUID subscriptionId) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriberId = subscriberId;
        delivery.kind = kind;
        delivery.sendKey = sendKey;
        delivery.subscriptionId = subscriptionId;
        delivery.status = Delivery.QUEUED;
        delivery.createdAt = Instant.now();
        deliveries.persist(delivery);
    }

    private SubscriberView view(Subscriber subscriber) {
        return SubscriberView.from(subscriber, subscriptions.ofSubscriber(subscriber.id));
    }

}
