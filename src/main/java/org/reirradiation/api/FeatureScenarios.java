package org.reirradiation.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.reirradiation.knowledge.KnowledgeArea;

/**
 * Counts the Cucumber scenarios of each site folder of a features directory, as Cucumber would run
 * them: one per {@code Scenario:} (or {@code Example:}) and one per example row of a
 * {@code Scenario Outline:}. English keywords only. Counted on request, so the answer follows the
 * files as they are; with no features directory there is no count, never an invented one.
 */
final class FeatureScenarios {

    private enum State { OTHER, OUTLINE, EXAMPLES_HEADER, EXAMPLES_ROWS }

    private final Path directory;

    private FeatureScenarios(Path directory) {
        this.directory = directory;
    }

    static FeatureScenarios none() {
        return new FeatureScenarios(null);
    }

    static FeatureScenarios in(Path directory) {
        return new FeatureScenarios(directory);
    }

    /** Scenarios per knowledge area, or empty when there is no features directory to count. */
    Optional<Map<KnowledgeArea, Integer>> countByArea() {
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Map<KnowledgeArea, Integer> counts = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            counts.put(area, countIn(directory.resolve(area.folder())));
        }
        return Optional.of(counts);
    }

    private static int countIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            int total = 0;
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".feature"))
                    .filter(Files::isRegularFile)::iterator) {
                total += count(Files.readString(file, StandardCharsets.UTF_8));
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios one feature file defines. */
    static int count(String feature) {
        int scenarios = 0;
        State state = State.OTHER;
        String docStringDelimiter = null;
        for (String raw : feature.split("\\R")) {
            String line = raw.strip();
            if (docStringDelimiter != null) {
                // a doc string may quote anything, keywords included
                if (line.startsWith(docStringDelimiter)) {
                    docStringDelimiter = null;
                }
                continue;
            }
            if (line.startsWith("\"\"\"") || line.startsWith("```")) {
                docStringDelimiter = line.substring(0, 3);
            } else if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            } else if (line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
                state = State.OUTLINE;
            } else if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
                scenarios++;
                state = State.OTHER;
            } else if (line.startsWith("Examples:") || line.startsWith("Scenarios:")) {
                state = state == State.OTHER ? State.OTHER : State.EXAMPLES_HEADER;
            } else if (line.startsWith("|")) {
                if (state == State.EXAMPLES_HEADER) {
                    state = State.EXAMPLES_ROWS;
                } else if (state == State.EXAMPLES_ROWS) {
                    scenarios++;
                }
            } else if (line.startsWith("Feature:") || line.startsWith("Rule:") || line.startsWith("Background:")) {
                state = State.OTHER;
            }
        }
        return scenarios;
    }
}
