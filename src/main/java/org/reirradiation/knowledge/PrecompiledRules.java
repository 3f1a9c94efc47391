package org.reirradiation.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules compiled at build time: the build runs {@link #main} on the bundled copy and writes
 * Drools' compiled packages beside it, with the digest of the rule files they came from. Loading the
 * bundled knowledge base then skips parsing and compiling the rules, the longest part of a start; a
 * rules directory is still compiled at runtime. The packages are used only when their digest matches
 * the files being loaded, so an edited copy is never answered by stale rules, and a file that cannot
 * be read is reported and replaced by compiling.
 */
final class PrecompiledRules {

    static final String FILE = "knowledge-base.compiled";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /** Compiles the rules directory given as the first argument and writes {@value #FILE} into it. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Map<String, String> files = RuleFiles.fromDirectory(directory);
        KnowledgeBase compiled = KnowledgeBaseLoader.load(directory.toString(), files, null);
        try (OutputStream file = Files.newOutputStream(directory.resolve(FILE));
                DroolsObjectOutputStream out = new DroolsObjectOutputStream(file)) {
            out.writeUTF(KnowledgeBaseLoader.filesDigest(files));
            out.writeObject(new ArrayList<>(compiled.rulePackages()));
        }
        System.out.println("Precompiled " + compiled.rules().size() + " rules into " + directory.resolve(FILE));
    }

    /** The packages compiled from exactly these files, if the classpath holds them. */
    @SuppressWarnings("unchecked")
    static Optional<Collection<KiePackage>> bundled(Map<String, String> files) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream file = loader.getResourceAsStream(RuleFiles.BUNDLED_ROOT + FILE)) {
            if (file == null) {
                return Optional.empty();
            }
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(file, loader)) {
                if (!in.readUTF().equals(KnowledgeBaseLoader.filesDigest(files))) {
                    LOG.warn("The precompiled rules do not match the bundled rule files: compiling them");
                    return Optional.empty();
                }
                return Optional.of((List<KiePackage>) in.readObject());
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("Cannot read the precompiled rules ({}): compiling them", e.toString());
            return Optional.empty();
        }
    }
}
