package org.reirradiation.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated cohort for {@code assess-batch}: cases made from the examples in {@code examples/}, one
 * per line, each with its own caseId, age, performance status and doses, and about one line in a
 * thousand invalid (KPS 150) so that the per-line errors are exercised too. Uses only the JDK, so that
 * it runs as a source file without building the project:
 *
 * <pre>
 * java src/test/java/org/reirradiation/cli/CohortFile.java 100000 > target/cohort.ndjson
 * </pre>
 *
 * Arguments: number of cases, optional seed (default 1), optional examples directory (default
 * {@code examples}). The same arguments give the same file.
 */
final class CohortFile {

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"[^\"]*\"");
    private static final Pattern AGE = Pattern.compile("\"ageYears\"\\s*:\\s*\\d+");
    private static final Pattern ECOG = Pattern.compile("\"ecog\"\\s*:\\s*\\d+");
    private static final Pattern KPS = Pattern.compile("\"kps\"\\s*:\\s*\\d+");
    private static final Pattern DOSE = Pattern.compile("\"(totalDoseGy|doseGy)\"\\s*:\\s*(\\d+(\\.\\d+)?)");
    static final int INVALID_EVERY = 1_000;

    private final List<String> templates;
    private final Random random;

    CohortFile(Path examples, long seed) {
        this.templates = templates(examples);
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java CohortFile.java CASES [SEED] [EXAMPLES_DIR] > cohort.ndjson");
            System.exit(2);
        }
        int cases = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path examples = Path.of(args.length > 2 ? args[2] : "examples");
        CohortFile cohort = new CohortFile(examples, seed);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 1; i <= cases; i++) {
            out.write(cohort.next(i));
            out.write('\n');
        }
        out.flush();
    }

    /** The case of line {@code number}: a varied example, invalid for about one line in {@value #INVALID_EVERY}. */
    String next(int number) {
        String line = templates.get(random.nextInt(templates.size()));
        line = CASE_ID.matcher(line).replaceFirst(String.format(Locale.ROOT, "\"caseId\": \"cohort-%07d\"", number));
        line = AGE.matcher(line).replaceFirst("\"ageYears\": " + (25 + random.nextInt(65)));
        line = ECOG.matcher(line).replaceFirst("\"ecog\": " + random.nextInt(4));
        boolean invalid = random.nextInt(INVALID_EVERY) == 0;
        line = KPS.matcher(line).replaceFirst("\"kps\": " + (invalid ? 150 : 50 + 10 * random.nextInt(6)));
        Matcher dose = DOSE.matcher(line);
        StringBuilder varied = new StringBuilder();
        while (dose.find()) {
            double scaled = Double.parseDouble(dose.group(2)) * (0.8 + 0.4 * random.nextDouble());
            dose.appendReplacement(varied, String.format(Locale.ROOT, "\"%s\": %.1f", dose.group(1), scaled));
        }
        return dose.appendTail(varied).toString();
    }

    /** Each example on one line, with a caseId and KPS to vary. */
    private static List<String> templates(Path examples) {
        try (Stream<Path> files = Files.list(examples)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String line = Files.readString(file, StandardCharsets.UTF_8).lines().map(String::strip)
                        .collect(Collectors.joining(" "));
                if (!CASE_ID.matcher(line).find()) {
                    line = line.replaceFirst("\\{", "{\"caseId\": \"\", ");
                }
                if (KPS.matcher(line).find()) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("no example case with a KPS in " + examples);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
