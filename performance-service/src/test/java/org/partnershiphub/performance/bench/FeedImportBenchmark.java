package org.partnershiphub.performance.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.partnershiphub.performance.support.Fixtures;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Not part of the suite (speed is measured, not asserted): imports 100,000 rows as a feed job and
 * COPYs the same rows into a table shaped like indicator_value, and prints both times.
 * Run: ./mvnw -q -B -pl performance-service verify -Dtest=FeedImportBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FeedImportBenchmark {

    static final int ROWS = 100_000;
    static final String AREA = "E10000011";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void importAHundredThousandRowsAsAJobAndCompareWithCopy() throws Exception {
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            indicators.add(Fixtures.indicator("higher", "quarterly"));
        }
        Fixtures.agreement(AREA);
        StringBuilder csv = new StringBuilder("indicator_code,area,period,value,status,note\n");
        StringBuilder copy = new StringBuilder();
        int rows = 0;
        outer:
        for (String indicator : indicators) {
            for (int year = 1901; year <= 2998; year++) {
                String fy = year + "-" + String.format("%02d", (year + 1) % 100);
                for (String period : new String[] {fy, fy + "-Q1", fy + "-Q2", fy + "-Q3", fy + "-Q4"}) {
                    String value = String.valueOf(rows % 1000 + 0.5);
                    csv.append(indicator).append(',').append(AREA).append(',').append(period).append(',').append(value)
                            .append(",final,benchmark\n");
                    copy.append(UUID.randomUUID()).append(',').append(indicator).append(',').append(AREA).append(',')
                            .append(period).append(',').append(value).append(",final,benchmark,benchmark,now(),now()\n");
                    if (++rows == ROWS) {
                        break outer;
                    }
                }
            }
        }
        assertEquals(ROWS, rows);

        Instant start = Instant.now();
        Response accepted = given().header("Authorization", Fixtures.officer()).contentType("text/csv")
                .body(csv.toString()).post("/feeds");
        accepted.then().statusCode(202);
        String location = accepted.header("Location");
        int lastDone = -1;
        String status;
        do {
            Thread.sleep(250);
            status = given().get(location).path("status");
            int done = given().get(location).path("rows_done");
            if (done != lastDone) {
                System.out.printf("  %6d ms  %s %d/%d%n", Duration.between(start, Instant.now()).toMillis(), status, done, ROWS);
                lastDone = done;
            }
        } while (!status.equals("succeeded") && !status.equals("failed") && !status.equals("rejected"));
        Duration job = Duration.between(start, Instant.now());
        assertEquals("succeeded", status, given().get(location).asString());

        Duration copyTime;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_value");
            s.execute("create table bench_value (like indicator_value including all)");
            String data = copy.toString().replace(",now(),now()", "," + Instant.now() + "," + Instant.now());
            Instant copyStart = Instant.now();
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_value (id, indicator_code, area_code, period, value, status, source, note, created_at, "
                            + "updated_at) from stdin with (format csv)", new StringReader(data));
            copyTime = Duration.between(copyStart, Instant.now());
            assertEquals(ROWS, copied);
            s.execute("drop table bench_value");
        }
        String report = String.format("feed job of %d rows (values + history + value.recorded outbox rows + status): %d ms;"
                + " PostgreSQL COPY of the same rows into a table like indicator_value: %d ms", ROWS, job.toMillis(),
                copyTime.toMillis());
        System.out.println("BENCHMARK " + report);
    }
}
