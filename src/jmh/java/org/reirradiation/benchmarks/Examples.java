package org.reirradiation.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.ReirradiationCase;

/**
 * The benchmarks' inputs: the rules directory ({@code -Dkb.rules=DIR}, default {@code rules}) and the
 * realistic cases of {@code examples/} ({@code -Dkb.examples=DIR}), one or more per site, named
 * {@code SITE-description.json}.
 */
final class Examples {

    static final List<String> SITES = List.of("head-and-neck", "breast", "cervix", "rectum", "brain");

    private Examples() {
    }

    static Path rulesDirectory() {
        return Path.of(System.getProperty("kb.rules", "rules"));
    }

    static KnowledgeBase knowledgeBase() {
        return KnowledgeBaseLoader.fromDirectory(rulesDirectory(), null);
    }

    /** The example files of one site, or of every site for "all", in name order. */
    static List<Path> files(String site) {
        Path directory = Path.of(System.getProperty("kb.examples", "examples"));
        try (Stream<Path> paths = Files.list(directory)) {
            List<Path> files = paths.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> site.equals("all") || p.getFileName().toString().startsWith(site + "-"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no example of site '" + site + "' in " + directory.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReirradiationCase[] cases(String site) {
        CaseReader reader = new CaseReader();
        return files(site).stream().map(f -> reader.read(bytes(f))).toArray(ReirradiationCase[]::new);
    }
}
