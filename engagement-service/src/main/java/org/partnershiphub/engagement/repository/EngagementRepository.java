package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementKind;
import org.partnershiphub.engagement.domain.EngagementStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    /** What a public search may combine; every field is optional and they combine with AND. */
    public record Filter(String keywords, String status, String kind, String area, String theme, String audience,
                         UUID partnership, Instant from, Instant to) {
    }

    public record Page(List<Engagement> items, long total) {
    }

    /** Full-text (title weighted above summary) and facet search; best matches first when there are keywords. */
    @SuppressWarnings("unchecked")
    public Page search(Filter filter, int page, int perPage) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.keywords() != null) {
            where.append(" and search @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.keywords());
        }
        condition(where, params, "status", filter.status(), " and status = :status");
        condition(where, params, "kind", filter.kind(), " and kind = :kind");
        condition(where, params, "area", filter.area(), " and :area = any(areas)");
        condition(where, params, "theme", filter.theme(), " and :theme = any(themes)");
        condition(where, params, "audience", filter.audience(), " and :audience = any(audiences)");
        condition(where, params, "partnership", filter.partnership(), " and :partnership = any(partnership_ids)");
        condition(where, params, "from", filter.from(), " and ends_at >= :from");
        condition(where, params, "to", filter.to(), " and starts_at < :to");
        String order = filter.keywords() != null
                ? " order by ts_rank(search, websearch_to_tsquery('english', :q)) desc, starts_at desc, id"
                : " order by starts_at desc, id";
        Query select = getEntityManager().createNativeQuery("select * from engagement" + where + order
                + " limit :limit offset :offset", Engagement.class);
        Query count = getEntityManager().createNativeQuery("select count(*) from engagement" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", perPage).setParameter("offset", (page - 1) * perPage);
        return new Page(select.getResultList(), ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, Object value, String sql) {
        if (value != null) {
            where.append(sql);
            params.put(name, value);
        }
    }

    /**
     * Other live engagements overlapping this one in time and place (the same area, or one inside the
     * other, such as a district of a county), with at least one audience or theme in common.
     */
    @SuppressWarnings("unchecked")
    public List<Engagement> clashingWith(UUID id) {
        return getEntityManager().createNativeQuery("""
                        select o.* from engagement o join engagement e on e.id = :id
                        where o.id <> e.id and o.status <> 'cancelled'
                          and o.starts_at <= e.ends_at and o.ends_at >= e.starts_at
                          and (area_with_ancestors(o.areas) && e.areas or area_with_ancestors(e.areas) && o.areas)
                          and (o.audiences && e.audiences or o.themes && e.themes)
                        order by o.starts_at, o.id""", Engagement.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Pairs (as [first id, second id]) of live engagements that clash with each other and overlap the window. */
    @SuppressWarnings("unchecked")
    public List<Object[]> clashingPairs(Instant from, Instant to, int limit) {
        return getEntityManager().createNativeQuery("""
                        select a.id as a_id, b.id as b_id from engagement a join engagement b on a.id < b.id
                        where a.status <> 'cancelled' and b.status <> 'cancelled'
                          and a.starts_at < :to and a.ends_at >= :from
                          and b.starts_at < :to and b.ends_at >= :from
                          and a.starts_at <= b.ends_at and a.ends_at >= b.starts_at
                          and (area_with_ancestors(a.areas) && b.areas or area_with_ancestors(b.areas) && a.areas)
                          and (a.audiences && b.audiences or a.themes && b.themes)
                        order by greatest(a.starts_at, b.starts_at), a.id, b.id
                        limit :limit""")
                .setParameter("from", from).setParameter("to", to).setParameter("limit", limit)
                .getResultList();
    }

    public List<Engagement> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Closed engagements whose outcome is past its due date. */
    public List<Engagement> outcomeOverdue(LocalDate today) {
        return list("status = ?1 and feedbackDueOn < ?2 order by feedbackDueOn, id", EngagementStatus.CLOSED, today);
    }

    /**
     * Overdue engagements not yet announced, locked for this transaction; rows another instance holds
     * are skipped, so two instances never announce the same one.
     */
    @SuppressWarnings("unchecked")
    public List<Engagement> claimOverdueUnannounced(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        select * from engagement
                        where status = 'closed' and overdue_notified_at is null and feedback_due_on < :today
                        order by feedback_due_on, id limit :limit for update skip locked""", Engagement.class)
                .setParameter("today", today).setParameter("limit", limit)
                .getResultList();
    }

    /** Consultations and surveys with the time each was opened, newest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> recentlyOpenedConsultations(int limit) {
        return getEntityManager().createNativeQuery("""
                        select e.id, max(s.changed_at) as opened_at from engagement e
                        join status_change s on s.engagement_id = e.id and s.to_status = 'open'
                        where e.kind in ('consultation', 'survey') and e.status <> 'cancelled'
                        group by e.id order by opened_at desc, e.id limit :limit""")
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Planned or open events (not consultations or surveys) that have not yet ended, soonest first. */
    public List<Engagement> upcomingEvents(Instant now, int limit) {
        return find("kind not in ?1 and status in ?2 and endsAt >= ?3 order by startsAt, id",
                List.of(EngagementKind.CONSULTATION, EngagementKind.SURVEY),
                List.of(EngagementStatus.PLANNED, EngagementStatus.OPEN), now)
                .page(0, limit).list();
    }

    /** Ids of engagements in an area that started within the window. */
    @SuppressWarnings("unchecked")
    public List<UUID> idsInAreaStartingBetween(String area, Instant from, Instant to) {
        return getEntityManager().createNativeQuery("""
                        select id from engagement
                        where :area = any(areas) and starts_at >= :from and starts_at < :to and status <> 'cancelled'""",
                        UUID.class)
                .setParameter("area", area).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
