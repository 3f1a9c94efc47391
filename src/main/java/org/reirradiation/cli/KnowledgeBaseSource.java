package org.reirradiation.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.knowledge.Problem;

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

    /**
     * The knowledge base, or null once every reason it does not load is printed to {@code err}, each
     * problem at its place in the rules directory.
     */
    default KnowledgeBase loadOrReport(Path rulesDir, Path overrides, PrintStream err) {
        try {
            return load(rulesDir, overrides);
        } catch (KnowledgeBaseException e) {
            err.println("The knowledge base at " + (rulesDir == null ? "the bundled copy" : rulesDir)
                    + " does not load:");
            for (Problem problem : e.problems()) {
                err.println("  " + (rulesDir == null ? problem : CheckReport.located(rulesDir, problem)));
            }
            return null;
        }
    }
}
