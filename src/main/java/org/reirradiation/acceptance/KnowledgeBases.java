package org.reirradiation.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.knowledge.Parameters;

/**
 * The knowledge bases the scenarios run against, built from the rules directory named by the system
 * property {@code kb.rules.dir} (default {@code rules}). Glue code cannot read JUnit configuration
 * parameters, so a launcher that runs the features against another directory (the check command)
 * sets the system property. A build costs seconds, so each rules directory and distinct set of
 * parameter overrides is built once per JVM and shared: a knowledge base is immutable.
 */
final class KnowledgeBases {

    static final String RULES_DIR_PROPERTY = "kb.rules.dir";

    private record Key(Path rules, Map<String, String> overrides) {
    }

    private static final Map<Key, KnowledgeBase> BUILT = new HashMap<>();

    private KnowledgeBases() {
    }

    /** @param overrides parameter key to value; empty for the rules as shipped */
    static synchronized KnowledgeBase withOverrides(Map<String, String> overrides) {
        Key key = new Key(Path.of(System.getProperty(RULES_DIR_PROPERTY, "rules")), Map.copyOf(overrides));
        KnowledgeBase knowledgeBase = BUILT.get(key);
        if (knowledgeBase == null) {
            knowledgeBase = build(key.rules(), key.overrides());
            BUILT.put(key, knowledgeBase);
        }
        return knowledgeBase;
    }

    private static KnowledgeBase build(Path rules, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return KnowledgeBaseLoader.fromDirectory(rules, null);
        }
        try {
            Path file = Files.createTempFile("kb-overrides-", ".csv");
            try {
                Files.writeString(file, overridesCsv(overrides, withOverrides(Map.of()).parameters(), rules));
                return KnowledgeBaseLoader.fromDirectory(rules, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overrides file a centre would write: the loader requires the unit of the parameters table. */
    private static String overridesCsv(Map<String, String> overrides, Parameters defaults, Path rules) {
        StringBuilder csv = new StringBuilder("key,value,unit\n");
        overrides.forEach((key, value) -> {
            if (!defaults.contains(key)) {
                throw new IllegalArgumentException("The centre cannot set \"" + key + "\": it is not a key of "
                        + rules.resolve("parameters.csv") + ".");
            }
            csv.append(key).append(',').append(value).append(',').append(defaults.get(key).unit()).append('\n');
        });
        return csv.toString();
    }
}
