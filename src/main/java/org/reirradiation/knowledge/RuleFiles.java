package org.reirradiation.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a knowledge base by relative path ("head-and-neck/selection.drl"), read from a
 * directory or from the copy bundled on the classpath. The build writes an index of the bundled copy
 * because a class loader cannot list a folder inside a jar.
 */
final class RuleFiles {

    static final String BUNDLED_ROOT = "rules/";
    static final String INDEX = "knowledge-base.index";

    private RuleFiles() {
    }

    static Map<String, String> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new KnowledgeBaseException(java.util.List.of(
                    new Problem(directory.toString(), 0, "not a directory")));
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                if (!relative.equals(INDEX) && !relative.equals(PrecompiledRules.FILE)) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, String> bundled() {
        ClassLoader loader = RuleFiles.class.getClassLoader();
        String index = read(loader, BUNDLED_ROOT + INDEX);
        if (index == null) {
            throw new KnowledgeBaseException(java.util.List.of(new Problem(BUNDLED_ROOT + INDEX, 0,
                    "no bundled knowledge base on the classpath: build the project or give a rules directory")));
        }
        Map<String, String> files = new TreeMap<>();
        for (String line : index.split("\\R")) {
            String relative = line.trim();
            if (!relative.isEmpty() && !relative.equals(INDEX) && !relative.equals(PrecompiledRules.FILE)) {
                files.put(relative, read(loader, BUNDLED_ROOT + relative));
            }
        }
        return files;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
