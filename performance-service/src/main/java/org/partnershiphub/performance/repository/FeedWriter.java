package org.partnershiphub.performance.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a feed's rows with plain JDBC batches (the driver rewrites them into multi-row inserts) on
 * the caller's transaction: a 100,000-row feed would otherwise cost 300,000 managed entities.
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

    FeedWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<NewValue> created, List<ChangedValue> changed, List<Change> changes, List<OutboxRow> events,
                      String changedBy, String reason, Instant now) {
        Timestamp at = Timestamp.from(now);
        try (Connection c = dataSource.getConnection()) {
            if (!created.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("insert into indicator_value (id, indicator_code, area_code, "
                        + "period, value, status, source, note, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)")) {
                    for (NewValue v : created) {
                        s.setObject(1, v.id());
                        s.setString(2, v.indicatorCode());
                        s.setString(3, v.area());
                        s.setString(4, v.period());
                        s.setBigDecimal(5, v.value());
                        s.setString(6, v.status());
                        s.setString(7, v.source());
                        s.setString(8, v.note());
                        s.setTimestamp(9, at);
                        s.setTimestamp(10, at);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
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
                try (PreparedStatement s = c.prepareStatement("insert into value_change (value_id, changed_at, changed_by, "
                        + "reason, value, status, source, note, previous_value, previous_status) values (?,?,?,?,?,?,?,?,?,?)")) {
                    for (Change ch : changes) {
                        s.setObject(1, ch.valueId());
                        s.setTimestamp(2, at);
                        s.setString(3, changedBy);
                        s.setString(4, reason);
                        s.setBigDecimal(5, ch.value());
                        s.setString(6, ch.status());
                        s.setString(7, ch.source());
                        s.setString(8, ch.note());
                        s.setBigDecimal(9, ch.previousValue());
                        s.setString(10, ch.previousStatus());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            if (!events.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("insert into outbox_event (id, aggregate_type, aggregate_id, "
                        + "type, payload, occurred_at) values (?,?,?,?,?::jsonb,?)")) {
                    for (OutboxRow e : events) {
                        s.setObject(1, e.id());
                        s.setString(2, e.aggregateType());
                        s.setString(3, e.aggregateId());
                        s.setString(4, e.type());
                        s.setString(5, e.payload());
                        s.setTimestamp(6, at);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("feed rows could not be written: " + e.getMessage(), e);
        }
    }
}
