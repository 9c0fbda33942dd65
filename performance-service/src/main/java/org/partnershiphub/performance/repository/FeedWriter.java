package org.partnershiphub.performance.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a feed's rows on the caller's transaction with PostgreSQL COPY (new rows) and JDBC batches
 * (changed rows): a 100,000-row feed would otherwise cost 300,000 managed entities and statements.
 */
@ApplicationScoped
public class FeedWriter {

    public record NewValue(UUID id, String indicatorCode, String area, String period, BigDecimal value, String status,
                           String source, String note) {
    }

    public record ChangedValue(UUID id, BigDecimal value, String status, String source, String note,
                               BigDecimal previousValue, String previousStatus) {
    }

    public record Change(UUID valueId, BigDecimal value, String status, String source, String note,
                         BigDecimal previousValue, String previousStatus) {
    }

    public record OutboxRow(UUID id, String aggregateType, String aggregateId, String type, String payload) {
    }

    private final AgroalDataSource dataSource;

    /** One CSV line for COPY: nothing for null (read as NULL), every other value quoted. */
    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            if (cells[i] != null) {
                csv.append('"').append(cells[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }

    FeedWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<NewValue> created, List<ChangedValue> changed, List<Change> changes, List<OutboxRow> events,
                      String changedBy, String reason, Instant now) {
        Timestamp at = Timestamp.from(now);
        String when = now.toString();
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            if (!created.isEmpty()) {
                StringBuilder csv = new StringBuilder(created.size() * 160);
                for (NewValue v : created) {
                    row(csv, v.id(), v.indicatorCode(), v.area(), v.period(), v.value(), v.status(), v.source(), v.note(),
                            when, when);
                }
                copy.copyIn("copy indicator_value (id, indicator_code, area_code, period, value, status, source, note, "
                        + "created_at, updated_at) from stdin with (format csv)", new StringReader(csv.toString()));
            }
            if (!changed.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("update indicator_value set value = ?, status = ?, "
                        + "source = coalesce(?, source), note = coalesce(?, note), updated_at = ? where id = ?")) {
                    for (ChangedValue v : changed) {
                        s.setBigDecimal(1, v.value());
                        s.setString(2, v.status());
                        s.setString(3, v.source());
                        s.setString(4, v.note());
                        s.setTimestamp(5, at);
                        s.setObject(6, v.id());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            if (!changes.isEmpty()) {
                StringBuilder csv = new StringBuilder(changes.size() * 160);
                for (Change ch : changes) {
                    row(csv, ch.valueId(), when, changedBy, reason, ch.value(), ch.status(), ch.source(), ch.note(),
                            ch.previousValue(), ch.previousStatus());
                }
                copy.copyIn("copy value_change (value_id, changed_at, changed_by, reason, value, status, source, note, "
                        + "previous_value, previous_status) from stdin with (format csv)", new StringReader(csv.toString()));
            }
            if (!events.isEmpty()) {
                StringBuilder csv = new StringBuilder(events.size() * 400);
                for (OutboxRow e : events) {
                    row(csv, e.id(), e.aggregateType(), e.aggregateId(), e.type(), e.payload(), when);
                }
                copy.copyIn("copy outbox_event (id, aggregate_type, aggregate_id, type, payload, occurred_at) from stdin "
                        + "with (format csv)", new StringReader(csv.toString()));
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("feed rows could not be written: " + e.getMessage(), e);
        }
    }
}
