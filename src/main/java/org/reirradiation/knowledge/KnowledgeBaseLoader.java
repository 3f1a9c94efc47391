package org.reirradiation.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.reirradiation.model.ParameterOverride;

/**
 * Builds a {@link KnowledgeBase} from a rules directory or from the bundled copy, and refuses to
 * build one that is not sound: every problem (compile error, missing metadata, duplicate id, unknown
 * source or parameter, unknown file) is collected with its file and line before failing.
 */
public final class KnowledgeBaseLoader {

    private static final Set<String> UNITS = Set.of("months", "weeks", "Gy", "GyEQD2", "GyBED", "cm", "cm3", "mm",
            "degrees", "KPS", "ECOG", "fraction", "count", "years", "grade");
    private static final Set<String> COMPARISONS = Set.of("<", "<=", ">", ">=", "==");
    private static final List<String> PARAMETER_COLUMNS = List.of("key", "value", "unit", "comparison", "source",
            "verified", "note");
    private static final List<String> REFERENCE_COLUMNS = List.of("key", "authors", "title", "journal", "year", "doi",
            "pmid", "note");
    private static final String PROPERTIES = "knowledge-base.properties";
    private static final String REFERENCES = "references.csv";
    private static final String PARAMETERS = "parameters.csv";
    private static final AtomicLong BUILDS = new AtomicLong();

    private KnowledgeBaseLoader() {
    }

    /** The knowledge base bundled in this library, with a centre's parameter overrides (null for none). */
    public static KnowledgeBase bundled(Path overrides) {
        Map<String, String> files = RuleFiles.bundled();
        return load("classpath:" + RuleFiles.BUNDLED_ROOT, files, overrides, PrecompiledRules.bundled(files));
    }

    /** The knowledge base in a rules directory, with a centre's parameter overrides (null for none). */
    public static KnowledgeBase fromDirectory(Path directory, Path overrides) {
        return load(directory.toString(), RuleFiles.fromDirectory(directory), overrides);
    }

    static KnowledgeBase load(String origin, Map<String, String> files, Path overridesFile) {
        return load(origin, files, overridesFile, Optional.empty());
    }

    /** @param precompiled the rule packages compiled at build time from these files, if any */
    private static KnowledgeBase load(String origin, Map<String, String> files, Path overridesFile,
            Optional<Collection<KiePackage>> precompiled) {
        List<Problem> problems = new ArrayList<>();
        checkLayout(files, problems);
        Properties identity = identity(files, problems);
        Map<String, Reference> references = references(files, problems);
        Map<String, Parameter> defaults = parameters(files, references.keySet(), problems);
        Map<String, Parameter> overridden = overridesFile == null ? Map.of()
                : overrides(overridesFile, defaults, problems);
        Parameters parameters = new Parameters(defaults, overridden);

        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> drlByKiePath = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                KnowledgeArea area = KnowledgeArea.ofFolder(path.substring(0, path.indexOf('/')));
                String declared = DrlScanner.packageOf(text);
                if (!area.drlPackage().equals(declared)) {
                    problems.add(new Problem(path, 1, "package must be " + area.drlPackage() + " (found "
                            + declared + ")"));
                }
                RuleLint lint = new RuleLint(path, area, references.keySet(), parameters, problems);
                for (DrlScanner.ScannedRule rule : DrlScanner.rules(text)) {
                    RuleInfo info = lint.check(rule);
                    if (info != null) {
                        rules.add(info);
                    }
                }
                drlByKiePath.put("src/main/resources/" + area.drlPackage().replace('.', '/') + "/"
                        + path.substring(path.lastIndexOf('/') + 1), path);
            }
        });
        checkDuplicateIds(rules, problems);
        Collection<KiePackage> packages = precompiled.orElseGet(() -> compile(files, drlByKiePath, problems));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparing(Problem::message));
            throw new KnowledgeBaseException(problems);
        }
        rules.sort(Comparator.comparing(RuleInfo::id, RuleIdOrder.NATURAL));
        return new KnowledgeBase(origin, identity.getProperty("name"), identity.getProperty("version"),
                identity.getProperty("status"), digest(files, parameters.overrides()), List.copyOf(rules), parameters,
                references, new SiteSessions(packages, rules, parameters), precompiled.isPresent());
    }

    private static void checkLayout(Map<String, String> files, List<Problem> problems) {
        for (String path : files.keySet()) {
            int slash = path.indexOf('/');
            if (path.endsWith(".md")) {
                continue;
            }
            if (slash < 0) {
                if (!path.equals(PROPERTIES) && !path.equals(REFERENCES) && !path.equals(PARAMETERS)) {
                    problems.add(new Problem(path, 0, "unknown file: the top level holds only " + PROPERTIES + ", "
                            + REFERENCES + ", " + PARAMETERS + " and documentation (.md)"));
                }
            } else if (KnowledgeArea.ofFolder(path.substring(0, slash)) == null || path.indexOf('/', slash + 1) >= 0) {
                problems.add(new Problem(path, 0, "unknown folder: rules live in common/ or a site folder "
                        + "(head-and-neck/, breast/, cervix/, rectum/, brain/)"));
            } else if (!path.endsWith(".drl")) {
                problems.add(new Problem(path, 0, "unknown file extension: rule folders hold .drl files"
                        + (path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx")
                                ? " (decision tables are not supported)" : "")));
            }
        }
    }

    private static Properties identity(Map<String, String> files, List<Problem> problems) {
        Properties properties = new Properties();
        String text = files.get(PROPERTIES);
        if (text == null) {
            problems.add(new Problem(PROPERTIES, 0, "missing file"));
            return properties;
        }
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : List.of("name", "version", "status")) {
            if (properties.getProperty(key, "").isBlank()) {
                problems.add(new Problem(PROPERTIES, 0, "missing property '" + key + "'"));
            }
        }
        return properties;
    }

    private static Map<String, Reference> references(Map<String, String> files, List<Problem> problems) {
        Map<String, Reference> references = new LinkedHashMap<>();
        String text = files.get(REFERENCES);
        if (text == null) {
            problems.add(new Problem(REFERENCES, 0, "missing file"));
            return references;
        }
        for (Csv.Row row : Csv.read(REFERENCES, text, REFERENCE_COLUMNS, problems)) {
            String key = row.get("key");
            if (key.isEmpty() || references.containsKey(key)) {
                problems.add(new Problem(REFERENCES, row.line(), key.isEmpty() ? "empty key" : "duplicate key " + key));
                continue;
            }
            references.put(key, new Reference(key, row.get("authors"), row.get("title"), row.get("journal"),
                    row.get("year"), row.get("doi"), row.get("pmid"), row.get("note")));
        }
        return references;
    }

    private static Map<String, Parameter> parameters(Map<String, String> files, Set<String> referenceKeys,
            List<Problem> problems) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        String text = files.get(PARAMETERS);
        if (text == null) {
            problems.add(new Problem(PARAMETERS, 0, "missing file"));
            return parameters;
        }
        for (Csv.Row row : Csv.read(PARAMETERS, text, PARAMETER_COLUMNS, problems)) {
            String key = row.get("key");
            if (!key.matches("[a-z]+\\.[A-Za-z0-9_.]+") || parameters.containsKey(key)) {
                problems.add(new Problem(PARAMETERS, row.line(), parameters.containsKey(key)
                        ? "duplicate key " + key : "key '" + key + "' must look like prefix.name"));
                continue;
            }
            Double value = number(PARAMETERS, row.line(), row.get("value"), problems);
            if (!UNITS.contains(row.get("unit"))) {
                problems.add(new Problem(PARAMETERS, row.line(), key + ": unknown unit '" + row.get("unit") + "'"));
            }
            if (!COMPARISONS.contains(row.get("comparison"))) {
                problems.add(new Problem(PARAMETERS, row.line(), key + ": comparison must be one of " + COMPARISONS));
            }
            for (String source : RuleLint.splitList(row.get("source"))) {
                if (!referenceKeys.contains(source)) {
                    problems.add(new Problem(PARAMETERS, row.line(), key + ": unknown source '" + source + "'"));
                }
            }
            String verified = row.get("verified");
            if (!verified.equals("true") && !verified.equals("false")) {
                problems.add(new Problem(PARAMETERS, row.line(), key + ": verified must be true or false"));
            }
            parameters.put(key, new Parameter(key, value, row.get("unit"), row.get("comparison"), row.get("source"),
                    Boolean.parseBoolean(verified), row.get("note")));
        }
        return parameters;
    }

    /** A centre's overrides: the same columns, known keys only, the unit of the table. */
    private static Map<String, Parameter> overrides(Path file, Map<String, Parameter> defaults,
            List<Problem> problems) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read the overrides file: " + e.getMessage()));
            return Map.of();
        }
        Map<String, Parameter> overridden = new TreeMap<>();
        for (Csv.Row row : Csv.read(name, text, List.of("key", "value", "unit"), problems)) {
            String key = row.get("key");
            Parameter original = defaults.get(key);
            if (original == null) {
                problems.add(new Problem(name, row.line(), "unknown parameter '" + key + "'"));
                continue;
            }
            if (!original.unit().equals(row.get("unit"))) {
                problems.add(new Problem(name, row.line(), key + ": unit must be " + original.unit() + " (found '"
                        + row.get("unit") + "')"));
                continue;
            }
            if (overridden.containsKey(key)) {
                problems.add(new Problem(name, row.line(), "duplicate key " + key));
                continue;
            }
            Double value = number(name, row.line(), row.get("value"), problems);
            overridden.put(key, new Parameter(key, value, original.unit(), original.comparison(),
                    row.get("source").isEmpty() ? original.source() : row.get("source"), false,
                    row.get("note").isEmpty() ? original.note() : row.get("note")));
        }
        return overridden;
    }

    private static Double number(String file, int line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(file, line, "value '" + text + "' is not a number"));
        return null;
    }

    private static void checkDuplicateIds(List<RuleInfo> rules, List<Problem> problems) {
        Map<String, RuleInfo> seen = new HashMap<>();
        for (RuleInfo rule : rules) {
            RuleInfo first = seen.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(new Problem(rule.file(), rule.line(), "duplicate id " + rule.id() + " (also "
                        + first.file() + ":" + first.line() + ")"));
            }
        }
    }

    /** The compiled rule packages, or null when the rules do not compile (the problems say why). */
    private static Collection<KiePackage> compile(Map<String, String> files, Map<String, String> drlByKiePath,
            List<Problem> problems) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        // Each build its own release id: a shared one is not safe across threads.
        ReleaseId releaseId = services.newReleaseId("org.reirradiation.runtime", "knowledge-base",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = services.newKieModuleModel();
        // Without this a rule whose name repeats silently replaces the earlier one.
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.newKieBaseModel("reirradiation").setDefault(true).newKieSessionModel("assessment").setDefault(true)
                .setType(org.kie.api.builder.model.KieSessionModel.KieSessionType.STATELESS);
        kfs.writeKModuleXML(module.toXML());
        drlByKiePath.forEach((kiePath, path) -> kfs.write(kiePath, files.get(path)));
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message error : errors) {
            // Drools reports the path relative to src/main/resources/, not as written to the file system
            String reported = error.getPath();
            String path = reported == null ? "rules" : drlByKiePath.getOrDefault(reported,
                    drlByKiePath.getOrDefault("src/main/resources/" + reported, reported));
            problems.add(new Problem(path, Math.max(error.getLine(), 0), error.getText().trim()));
        }
        if (!errors.isEmpty() || !problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase.getKiePackages().stream()
                .filter(p -> p.getName().startsWith(KnowledgeArea.RULES_PACKAGE + ".")).toList();
    }

    /** The digest of the rule files alone, as a knowledge base without overrides has it. */
    static String filesDigest(Map<String, String> files) {
        return digest(files, List.of());
    }

    private static String digest(Map<String, String> files, List<ParameterOverride> overrides) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                if (!path.endsWith(".md")) {
                    sha.update((path + "\n" + text + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            overrides.forEach(o -> sha.update(("override " + o.key() + "=" + o.value() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
