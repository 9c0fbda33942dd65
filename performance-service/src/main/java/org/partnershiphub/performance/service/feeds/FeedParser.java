package org.partnershiphub.performance.service.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphub.performance.service.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a feed's rows from JSON ({@code {"rows": [...]}} or a bare array of row objects) or CSV (a header
 * naming the columns indicator_code, area, period, value, status, note, source; one value per row).
 * Rows are read as text so that every fault is reported per row rather than failing the whole body.
 */
public final class FeedParser {

    public static final List<String> CSV_COLUMNS = List.of("indicator_code", "area", "period", "value", "status", "note", "source");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedParser() {
    }

    public static List<FeedRow> parse(String body, boolean csv) {
        if (body == null || body.isBlank()) {
            throw DomainException.badRequest("Empty feed", "Send rows as JSON or CSV (text/csv)", null);
        }
        return csv ? csv(body) : json(body);
    }

    static List<FeedRow> json(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw DomainException.badRequest("Malformed JSON", "The feed is not valid JSON" + where + " ("
                    + e.getOriginalMessage() + "); send {\"rows\": [{\"indicator_code\": …}, …]}", null);
        }
        JsonNode rows = root.isArray() ? root : root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw DomainException.badRequest("No rows", "Send {\"rows\": [...]} or an array of rows", "rows");
        }
        List<FeedRow> result = new ArrayList<>(rows.size());
        int line = 0;
        for (JsonNode row : rows) {
            line++;
            if (!row.isObject()) {
                result.add(FeedRow.malformed(line));
                continue;
            }
            result.add(new FeedRow(line, text(row, "indicator_code"), text(row, "area"), text(row, "period"),
                    text(row, "value"), text(row, "status"), text(row, "note"), text(row, "source")));
        }
        return result;
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static List<FeedRow> csv(String body) {
        String[] lines = body.split("\\r?\\n", -1);
        List<String> header = split(lines[0].replace("\uFEFF", ""));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("indicator_code", "area", "period", "value")) {
            if (!columns.containsKey(required)) {
                throw DomainException.badRequest("CSV header incomplete", "The first line names the columns; it needs "
                        + String.join(", ", CSV_COLUMNS.subList(0, 4)) + " (and may have status, note, source); '"
                        + required + "' is missing", required);
            }
        }
        List<FeedRow> result = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i]);
            if (cells == null) {
                result.add(FeedRow.malformed(i + 1));
                continue;
            }
            result.add(new FeedRow(i + 1, cell(cells, columns, "indicator_code"), cell(cells, columns, "area"),
                    cell(cells, columns, "period"), cell(cells, columns, "value"), cell(cells, columns, "status"),
                    cell(cells, columns, "note"), cell(cells, columns, "source")));
        }
        return result;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** One CSV line split into cells (RFC 4180 quoting within a line); null when a quote is left open. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
