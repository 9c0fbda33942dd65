package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.organisation;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;

/** A list costs the same number of SQL statements for 2 rows as for 24: no N+1 over areas, themes or names. */
@QuarkusTest
class ListQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void partnershipAndMembershipListsRunABoundedNumberOfStatements() {
        String county = area("county", null);
        String district = area("district", county);
        String lsp = partnership(Map.of("type", "county-lsp"));
        for (int i = 0; i < 24; i++) {
            String p = partnership(Map.of("areas", List.of(district), "themes", List.of("housing", "health-wellbeing"),
                    "linked_lsp_ids", List.of(lsp)));
            membership(Map.of("person_id", person("Member " + i), "partnership_id", p,
                    "organisation_id", organisation("public"), "role", "member", "starts_on", "2026-01-01"));
        }
        String small = "/partnerships?area=" + county + "&include_sub_areas=true&theme=housing&per_page=2";
        String large = "/partnerships?area=" + county + "&include_sub_areas=true&theme=housing&per_page=24";
        long smallCount = statements(small);
        long largeCount = statements(large);
        assertEquals(smallCount, largeCount, "statements for 2 rows vs 24 rows");
        // ids, count, rows, then one batch each for areas, themes and linked LSPs
        assertTrue(largeCount <= 6, "a partnership page takes " + largeCount + " statements");

        long fewMembers = statements("/memberships?per_page=2");
        long manyMembers = statements("/memberships?per_page=24");
        assertEquals(fewMembers, manyMembers, "membership statements for 2 rows vs 24 rows");
        assertTrue(manyMembers <= 4, "a membership page takes " + manyMembers + " statements");
    }

    @Test
    void glossaryNdjsonRunsAsManyStatementsForTwoTermsAsForTwentyFour() {
        String few = partnership(Map.of());
        String many = partnership(Map.of());
        for (int i = 0; i < 24; i++) {
            for (String p : i < 2 ? List.of(few, many) : List.of(many)) {
                Fixtures.post("/glossary", Map.of("term", "Term " + Fixtures.suffix(), "definition", "A word",
                        "partnership_ids", List.of(p), "themes", List.of("housing"))).statusCode(201);
            }
        }
        long fewTerms = statements("/glossary?format=ndjson&partnership=" + few);
        long manyTerms = statements("/glossary?format=ndjson&partnership=" + many);
        assertEquals(fewTerms, manyTerms, "glossary export statements for 2 terms vs 24");
        // the terms, then one batch each for their partnerships and themes
        assertTrue(manyTerms <= 3, "a glossary export takes " + manyTerms + " statements");
    }

    /**
     * Statements one request runs. Statistics are global and the outbox relay polls in the background,
     * so the fewest over a few tries is the request's own count.
     */
    private long statements(String path) {
        Statistics stats = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            stats.clear();
            given().when().get(path).then().statusCode(200);
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }
}
