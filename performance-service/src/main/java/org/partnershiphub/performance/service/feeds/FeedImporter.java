package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.Numbers;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.messaging.events.ValueEvent;
import org.partnershiphub.performance.repository.FeedWriter;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.repository.PeriodLockRepository;
import org.partnershiphub.performance.repository.ValueRepository;
import org.partnershiphub.performance.service.HubConfig;
import org.partnershiphub.performance.service.KnownAreas;
import org.partnershiphub.performance.service.StatusService;
import org.partnershiphub.performance.service.TargetDescriber;
import org.partnershiphub.performance.service.ValueService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Checks every row of a feed against codes loaded once (indicators, areas, locks, stored values: no
 * query per row), then writes the accepted rows in batches with their history and events, and
 * re-judges the targets they touch.
 */
@ApplicationScoped
public class FeedImporter {

    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final PeriodLockRepository locks;
    private final KnownAreas areas;
    private final FeedWriter writer;
    private final StatusService status;
    private final TargetDescriber describer;
    private final ObjectMapper json;
    private final int batch;

    FeedImporter(IndicatorRepository indicators, ValueRepository values, PeriodLockRepository locks, KnownAreas areas,
                 FeedWriter writer, StatusService status, TargetDescriber describer, ObjectMapper json, HubConfig config) {
        this.indicators = indicators;
        this.values = values;
        this.locks = locks;
        this.areas = areas;
        this.writer = writer;
        this.status = status;
        this.describer = describer;
        this.json = json;
        this.batch = config.feeds().writeBatch();
    }

    private record Accepted(FeedRow row, String key, String indicator, String area, String period, BigDecimal value,
                            String status, ValueRepository.Stored stored) {
    }

    /** Runs in the caller's transaction; {@code progress} hears how many rows are done so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary run(List<FeedRow> rows, FeedOptions options, IntConsumer progress) {
        Map<String, Indicator> known = new HashMap<>();
        indicators.listAll().forEach(i -> known.put(i.code, i));
        Set<String> areaCodes = areas.codes();
        Set<String> locked = locks.lockedPeriods();
        Set<String> feedIndicators = rows.stream().map(FeedRow::indicatorCode).filter(known::containsKey)
                .collect(Collectors.toSet());
        Map<String, ValueRepository.Stored> stored = values.storedFor(feedIndicators);

        List<RowError> errors = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        int unchanged = 0;
        for (FeedRow row : rows) {
            RowError error = check(row, known, areaCodes, locked, seen, options);
            if (error != null) {
                errors.add(error);
                continue;
            }
            Period period = Period.parseOrNull(row.period());
            String key = row.indicatorCode() + "|" + row.area() + "|" + period;
            BigDecimal value = new BigDecimal(row.value().strip());
            ValueRepository.Stored existing = stored.get(key);
            String rowStatus = row.status() != null ? row.status() : existing == null ? "provisional" : "revised";
            if (existing != null && existing.value().compareTo(value) == 0 && existing.status().equals(rowStatus)) {
                unchanged++;
                continue;
            }
            accepted.add(new Accepted(row, key, row.indicatorCode(), row.area(), period.toString(), value, rowStatus, existing));
        }
        int imported = (int) accepted.stream().filter(a -> a.stored() == null).count();
        int updated = accepted.size() - imported;
        boolean write = !options.dryRun() && (options.partial() || errors.isEmpty());
        String outcome = options.dryRun() ? "validated" : write ? "imported" : "rejected";
        int done = errors.size() + unchanged;
        progress.accept(write ? done : rows.size());
        if (write) {
            writeAll(accepted, options, done, progress);
        }
        return new ImportSummary(outcome, options.mode(), options.dryRun(), write && !accepted.isEmpty(), rows.size(),
                imported, updated, unchanged, errors.size(), errors);
    }

    private void writeAll(List<Accepted> accepted, FeedOptions options, int done, IntConsumer progress) {
        Instant now = Instant.now();
        Set<String> touched = new LinkedHashSet<>();
        for (int from = 0; from < accepted.size(); from += batch) {
            List<Accepted> chunk = accepted.subList(from, Math.min(from + batch, accepted.size()));
            List<FeedWriter.NewValue> created = new ArrayList<>();
            List<FeedWriter.ChangedValue> changed = new ArrayList<>();
            List<FeedWriter.Change> changes = new ArrayList<>(chunk.size());
            List<FeedWriter.OutboxRow> events = new ArrayList<>(chunk.size());
            for (Accepted a : chunk) {
                UUID id = a.stored() == null ? UUID.randomUUID() : a.stored().id();
                String source = a.row().source();
                String note = a.row().note();
                if (a.stored() == null) {
                    created.add(new FeedWriter.NewValue(id, a.indicator(), a.area(), a.period(), a.value(), a.status(),
                            source, note));
                    changes.add(new FeedWriter.Change(id, a.value(), a.status(), source, note, null, null));
                } else {
                    changed.add(new FeedWriter.ChangedValue(id, a.value(), a.status(), source, note, a.stored().value(),
                            a.stored().status()));
                    changes.add(new FeedWriter.Change(id, a.value(), a.status(), source, note, a.stored().value(),
                            a.stored().status()));
                }
                String type = a.stored() == null ? ValueEvent.RECORDED : ValueEvent.REVISED;
                events.add(new FeedWriter.OutboxRow(UUID.randomUUID(), "value", id.toString(), type, payload(new ValueEvent(
                        type, id, a.indicator(), a.area(), a.period(), Numbers.plain(a.value()), a.status(),
                        describer.url("/values/" + id), now))));
                touched.add(a.indicator() + "|" + a.area());
            }
            writer.write(created, changed, changes, events, options.actor().name(),
                    options.reason() != null ? options.reason() : "Performance feed", now);
            done += chunk.size();
            progress.accept(done);
        }
        status.refreshKeys(touched);
    }

    private String payload(ValueEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value event cannot be written as JSON", e);
        }
    }

    private static RowError check(FeedRow row, Map<String, Indicator> known, Set<String> areaCodes, Set<String> locked,
                                  Map<String, Integer> seen, FeedOptions options) {
        int line = row.line();
        if (row.malformed()) {
            return new RowError(line, RowError.BAD_ROW, "The row cannot be read: give an object with indicator_code, "
                    + "area, period and value (JSON) or close every quote (CSV)");
        }
        for (String[] field : new String[][] {{"indicator_code", row.indicatorCode()}, {"area", row.area()},
                {"period", row.period()}, {"value", row.value()}}) {
            if (field[1] == null || field[1].isBlank()) {
                return new RowError(line, RowError.MISSING_FIELD, "Give the " + field[0]);
            }
        }
        if (!known.containsKey(row.indicatorCode())) {
            return new RowError(line, RowError.UNKNOWN_INDICATOR, "No indicator has the code '" + row.indicatorCode() + "'");
        }
        if (!areaCodes.contains(row.area())) {
            return new RowError(line, RowError.UNKNOWN_AREA, "'" + row.area() + "' is not an area known from the directory "
                    + "or covered by an agreement or target");
        }
        Period period = Period.parseOrNull(row.period());
        if (period == null) {
            return new RowError(line, RowError.BAD_PERIOD, "'" + row.period() + "' is not a period; write "
                    + Period.ACCEPTED_FORMS);
        }
        try {
            new BigDecimal(row.value().strip());
        } catch (NumberFormatException e) {
            return new RowError(line, RowError.NOT_A_NUMBER, "'" + row.value() + "' is not a number; write digits with an "
                    + "optional sign and decimal point, e.g. 12.5, without units or thousands separators");
        }
        if (row.status() != null && !ValueService.STATUSES.contains(row.status())) {
            return new RowError(line, RowError.BAD_STATUS, "'" + row.status() + "' is not a status; use provisional, final "
                    + "or revised");
        }
        String key = row.indicatorCode() + "|" + row.area() + "|" + period;
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            return new RowError(line, RowError.DUPLICATE_ROW, "Line " + first + " already gives " + row.indicatorCode()
                    + " in " + row.area() + " for " + period + "; send each value once");
        }
        if (locked.contains(period.toString()) && !options.mayChangeLocked()) {
            return new RowError(line, RowError.LOCKED_PERIOD, "Period " + period + " is locked; only an admin may change "
                    + "it, sending a reason");
        }
        return null;
    }
}
