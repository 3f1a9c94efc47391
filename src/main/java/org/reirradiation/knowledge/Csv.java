package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 reading of the knowledge base's tables, keeping each record's line for error messages. */
final class Csv {

    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private Csv() {
    }

    static List<Row> read(String file, String text, List<String> requiredColumns, List<Problem> problems) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(text, records, lines);
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(new Problem(file, 1, "empty table: a header line is required"));
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                problems.add(new Problem(file, 1, "missing column '" + column + "'"));
            }
        }
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new Problem(file, lines.get(i),
                        "expected " + header.size() + " cells but found " + record.size()));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row(lines.get(i), cells));
        }
        return rows;
    }

    private static void parse(String text, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
