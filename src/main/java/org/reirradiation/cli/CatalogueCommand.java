package org.reirradiation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reirradiation.knowledge.Catalogue;
import org.reirradiation.knowledge.KnowledgeBase;

/**
 * {@code catalogue [--rules DIR] [--format html|markdown] [--output FILE] [--parameters.overrides FILE]}:
 * the readable catalogue of a knowledge base (the bundled one unless a rules directory is given),
 * as Markdown on standard output by default.
 */
final class CatalogueCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final KnowledgeBaseSource knowledgeBases;

    CatalogueCommand(PrintStream out, PrintStream err, KnowledgeBaseSource knowledgeBases) {
        this.out = out;
        this.err = err;
        this.knowledgeBases = knowledgeBases;
    }

    private record Options(Path rulesDir, Path overrides, boolean html, Path output) {
    }

    int run(List<String> args) {
        Options options = parse(args);
        KnowledgeBase knowledgeBase = knowledgeBases.loadOrReport(options.rulesDir(), options.overrides(), err);
        if (knowledgeBase == null) {
            return Main.FAILED;
        }
        Catalogue catalogue = new Catalogue(knowledgeBase);
        String text = options.html() ? catalogue.html() : catalogue.markdown();
        if (options.output() == null) {
            out.print(text);
            out.flush();
            return Main.OK;
        }
        try {
            Files.writeString(options.output(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot write the catalogue to " + options.output() + ": " + e.getMessage());
            return Main.FAILED;
        }
        err.println("Catalogue of " + knowledgeBase.name() + " " + knowledgeBase.version() + " ("
                + knowledgeBase.rules().size() + " rules) written to " + options.output());
        return Main.OK;
    }

    private static Options parse(List<String> args) {
        Path rulesDir = null;
        Path overrides = null;
        boolean html = false;
        Path output = null;
        Arguments arguments = new Arguments("catalogue", args);
        while (arguments.advance()) {
            switch (arguments.name()) {
                case "--rules", "--rules.dir" -> rulesDir = arguments.existingDirectory("rules directory");
                case "--parameters.overrides" -> overrides = arguments.existingFile("parameter overrides file");
                case "--format" -> {
                    String format = arguments.value();
                    if (!format.equals("html") && !format.equals("markdown")) {
                        throw new UsageException("--format is html or markdown, not '" + format + "'");
                    }
                    html = format.equals("html");
                }
                case "--output" -> {
                    output = Path.of(arguments.value());
                    Path parent = output.toAbsolutePath().getParent();
                    if (parent == null || !Files.isDirectory(parent)) {
                        throw new UsageException("the folder of the output file " + output + " does not exist");
                    }
                    if (Files.isDirectory(output)) {
                        throw new UsageException("the output file " + output + " is a directory");
                    }
                }
                default -> throw arguments.unknown();
            }
        }
        return new Options(rulesDir, overrides, html, output);
    }
}
