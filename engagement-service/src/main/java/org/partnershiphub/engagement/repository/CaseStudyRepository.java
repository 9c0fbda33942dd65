package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.partnershiphub.engagement.domain.CaseStudy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CaseStudyRepository implements PanacheRepositoryBase<CaseStudy, UUID> {

    public record Page(List<CaseStudy> items, long total) {
    }

    public boolean titleExists(String title) {
        return count("lower(title) = ?1", title.toLowerCase(java.util.Locale.ROOT)) > 0;
    }

    /** Full-text search over title, tags and the story; best matches first when there are keywords. */
    @SuppressWarnings("unchecked")
    public Page search(String keywords, String theme, String tag, UUID partnership, int page, int perPage) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (keywords != null) {
            where.append(" and search @@ websearch_to_tsquery('english', :q)");
            params.put("q", keywords);
        }
        if (theme != null) {
            where.append(" and :theme = any(themes)");
            params.put("theme", theme);
        }
        if (tag != null) {
            where.append(" and :tag = any(tags)");
            params.put("tag", tag);
        }
        if (partnership != null) {
            where.append(" and (:partnership = any(partnership_ids) or exists (select 1 from case_study_reuse r "
                    + "where r.case_study_id = case_study.id and r.partnership_id = :partnership))");
            params.put("partnership", partnership);
        }
        String order = keywords != null
                ? " order by ts_rank(search, websearch_to_tsquery('english', :q)) desc, published_at desc, id"
                : " order by published_at desc, id";
        Query select = getEntityManager().createNativeQuery("select * from case_study" + where + order
                + " limit :limit offset :offset", CaseStudy.class);
        Query count = getEntityManager().createNativeQuery("select count(*) from case_study" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", perPage).setParameter("offset", (page - 1) * perPage);
        return new Page(select.getResultList(), ((Number) count.getSingleResult()).longValue());
    }
}
