package org.reirradiation.cli;

import java.nio.file.Path;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;

/** Where the command line gets its knowledge base: a rules directory, or the bundled copy when none is given. */
@FunctionalInterface
interface KnowledgeBaseSource {

    KnowledgeBaseSource LOADER = (rulesDir, overrides) -> rulesDir == null ? KnowledgeBaseLoader.bundled(overrides)
            : KnowledgeBaseLoader.fromDirectory(rulesDir, overrides);

    /**
     * @param rulesDir null for the bundled copy
     * @param overrides a centre's parameter file, or null
     * @throws org.reirradiation.knowledge.KnowledgeBaseException when the rules do not load
     */
    KnowledgeBase load(Path rulesDir, Path overrides);
}
