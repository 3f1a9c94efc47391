package org.reirradiation.api;

import java.nio.file.Path;
import java.util.Objects;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.KnowledgeBaseLoader;

/**
 * Where the service's knowledge base comes from: {@code --rules.dir} (or the copy bundled in the jar)
 * and {@code --parameters.overrides}. Start-up and every reload load through this one class, so a
 * reload validates exactly as start-up does.
 */
final class RulesSource {

    private final Path rulesDirectory;
    private final Path overrides;

    /**
     * @param rulesDirectory a rules directory; null for the copy bundled in the jar
     * @param overrides a centre's parameter file; null for none
     */
    RulesSource(Path rulesDirectory, Path overrides) {
        this.rulesDirectory = rulesDirectory;
        this.overrides = overrides;
    }

    /** From the service's options, where an empty value means "not given". */
    static RulesSource of(String rulesDirectory, String overrides) {
        return new RulesSource(rulesDirectory.isBlank() ? null : Path.of(rulesDirectory),
                overrides.isBlank() ? null : Path.of(overrides));
    }

    /** The same rules directory and overrides file. */
    boolean sameAs(RulesSource other) {
        return Objects.equals(rulesDirectory, other.rulesDirectory) && Objects.equals(overrides, other.overrides);
    }

    boolean bundled() {
        return rulesDirectory == null;
    }

    /** The rules directory; null for the bundled copy. */
    Path rulesDirectory() {
        return rulesDirectory;
    }

    /** The overrides file; null for none. */
    Path overrides() {
        return overrides;
    }

    /** For people: the absolute rules directory, or a name for the bundled copy. */
    String origin() {
        return bundled() ? "the bundled copy (classpath:rules/)" : rulesDirectory.toAbsolutePath().normalize().toString();
    }

    /** @throws KnowledgeBaseException naming every problem with its file and line */
    KnowledgeBase load() {
        return bundled() ? KnowledgeBaseLoader.bundled(overrides) : KnowledgeBaseLoader.fromDirectory(rulesDirectory,
                overrides);
    }
}
