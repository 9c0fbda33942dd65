package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fan-outs are single INSERT … SELECT statements: the unique (subscriber, send key) makes a repeat a
 * no-op, and DISTINCT over (subscriber, item) puts an item in a message once however many of the
 * subscriber's subscriptions match it.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private static final String ACTIVE_SUBSCRIPTIONS = " from subscription s join subscriber r on r.id = s.subscriber_id"
            + " and r.status = 'active' and r.confirmed_at is not null";

    /** One email per immediate subscriber the item matches. */
    public int queueImmediate(UUID itemId) {
        return getEntityManager().createNativeQuery(
                        "insert into delivery (id, subscriber_id, send_key, kind, item_ids, status, attempts, created_at)"
                                + " select gen_random_uuid(), m.subscriber_id, 'item:' || :item, 'immediate',"
                                + " array[cast(:item as text)], 'queued', 0, now()"
                                + " from (select distinct s.subscriber_id" + ACTIVE_SUBSCRIPTIONS
                                + " join item i on i.id = :item"
                                + " where s.status = 'active' and s.frequency = 'immediate' and "
                                + CriteriaSql.rowMatchesItem("s") + ") m"
                                + " on conflict do nothing")
                .setParameter("item", itemId).executeUpdate();
    }

    /** One digest per subscriber of that frequency with at least one matching item received in [from, to). */
    public int queueDigest(String frequency, String sendKey, Instant from, Instant to) {
        return getEntityManager().createNativeQuery(
                        "insert into delivery (id, subscriber_id, send_key, kind, item_ids, status, attempts, created_at)"
                                + " select gen_random_uuid(), m.subscriber_id, :key, 'digest',"
                                + " array_agg(cast(m.item_id as text) order by m.occurred_at, m.item_id), 'queued', 0, now()"
                                + " from (select distinct s.subscriber_id, i.id as item_id, i.occurred_at"
                                + ACTIVE_SUBSCRIPTIONS
                                + " join item i on i.created_at >= :from and i.created_at < :to"
                                + " where s.status = 'active' and s.frequency = :frequency and "
                                + CriteriaSql.rowMatchesItem("s") + ") m"
                                + " group by m.subscriber_id on conflict do nothing")
                .setParameter("key", sendKey).setParameter("frequency", frequency)
                .setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    /** One email per monthly subscriber with at least one of the edition's items matching, in edition order. */
    public int queueEdition(UUID editionId) {
        return getEntityManager().createNativeQuery(
                        "insert into delivery (id, subscriber_id, send_key, kind, edition_id, item_ids, status, attempts,"
                                + " created_at)"
                                + " select gen_random_uuid(), m.subscriber_id, 'edition:' || :edition, 'edition', :edition,"
                                + " array_agg(cast(m.item_id as text) order by m.position), 'queued', 0, now()"
                                + " from (select distinct s.subscriber_id, i.id as item_id, ei.position"
                                + ACTIVE_SUBSCRIPTIONS
                                + " join edition_item ei on ei.edition_id = :edition and ei.included"
                                + " join item i on i.id = ei.item_id"
                                + " where s.status = 'active' and s.frequency = 'monthly' and "
                                + CriteriaSql.rowMatchesItem("s") + ") m"
                                + " group by m.subscriber_id on conflict do nothing")
                .setParameter("edition", editionId).executeUpdate();
    }

    /**
     * Takes up to {@code limit} due emails for this sender: queued ones, and ones whose sender died
     * after claiming them. SKIP LOCKED lets several senders share the queue without waiting.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claim(int limit, Instant staleBefore, Instant now) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from delivery where status = 'queued' or (status = 'sending' and claimed_at < :stale)"
                                + " order by created_at, id limit :limit for update skip locked", UUID.class)
                .setParameter("stale", staleBefore).setParameter("limit", limit).getResultList();
        if (!ids.isEmpty()) {
            update("status = 'sending', claimedAt = ?1, attempts = attempts + 1 where id in ?2", now, ids);
        }
        return ids;
    }

    public int release(List<UUID> ids) {
        return update("status = 'queued', claimedAt = null, attempts = attempts - 1 where id in ?1 and status = 'sending'", ids);
    }

    public PanacheQuery<Delivery> ofSubscriber(UUID subscriberId) {
        return find("subscriberId", Sort.descending("createdAt").and("id"), subscriberId);
    }

    public long countByStatus(String status) {
        return count("status", status);
    }

    public long countOfSendKey(String sendKey, String status) {
        return count("sendKey = ?1 and status = ?2", sendKey, status);
    }

    /** How many emails of one send are in each status. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Long> statusCounts(String sendKey) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery(
                "select status, count(*) from delivery where send_key = :key group by status")
                .setParameter("key", sendKey).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public int cancelPendingOf(UUID subscriberId) {
        return update("status = 'cancelled' where subscriberId = ?1 and status in ('queued', 'sending')", subscriberId);
    }

    /** The latest sent email to the subscriber, which a bounce report is about. */
    public int markLatestBounced(UUID subscriberId) {
        return getEntityManager().createNativeQuery(
                        "update delivery set status = 'bounced' where id = (select id from delivery"
                                + " where subscriber_id = :s and status = 'sent' order by sent_at desc limit 1)")
                .setParameter("s", subscriberId).executeUpdate();
    }
}
