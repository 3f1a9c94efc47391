package org.reirradiation.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reirradiation.model.Site;

/**
 * A loaded, validated knowledge base: identity, catalogue, parameters, references and the compiled
 * rules. Safe to share between threads: the compiled rules are only read, and every evaluation runs in
 * a session of its own, taken from a pool and emptied of the case before reuse, so no fact of one case
 * can reach another.
 */
public final class KnowledgeBase {

    private final String origin;
    private final String name;
    private final String version;
    private final String status;
    private final String digest;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesById;
    private final Parameters parameters;
    private final Map<String, Reference> references;
    private final SiteSessions sessions;
    private final boolean precompiled;
    private final Map<String, List<RuleInfo>> rulesByParameterFragment = new ConcurrentHashMap<>();

    KnowledgeBase(String origin, String name, String version, String status, String digest, List<RuleInfo> rules,
            Parameters parameters, Map<String, Reference> references, SiteSessions sessions, boolean precompiled) {
        this.origin = origin;
        this.name = name;
        this.version = version;
        this.status = status;
        this.digest = digest;
        this.rules = rules;
        this.rulesById = rules.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(RuleInfo::id, r -> r));
        this.parameters = parameters;
        this.references = Map.copyOf(references);
        this.sessions = sessions;
        this.precompiled = precompiled;
    }

    /** Where the rules came from: a directory, or the classpath for the bundled copy. */
    public String origin() {
        return origin;
    }

    /** True when the rules came compiled from the build (the bundled copy), false when compiled at load. */
    public boolean precompiled() {
        return precompiled;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String status() {
        return status;
    }

    /** SHA-256 over the rule files and tables (sorted by path) and any parameter overrides. */
    public String digest() {
        return digest;
    }

    /** Every rule, in natural id order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /**
     * The rules naming a parameter whose key contains the fragment, in id order. Remembered per fragment:
     * the assembler asks it for every organ dose of every case.
     */
    public List<RuleInfo> rulesNamingParameter(String fragment) {
        return rulesByParameterFragment.computeIfAbsent(fragment, f -> rules.stream()
                .filter(r -> r.parameters().stream().anyMatch(key -> key.contains(f))).toList());
    }

    public Parameters parameters() {
        return parameters;
    }

    public Map<String, Reference> references() {
        return references;
    }

    List<org.kie.api.definition.KiePackage> rulePackages() {
        return sessions.rulePackages();
    }

    /**
     * The parameter facts of a case of that site: every parameter with a value that the common rules or
     * the site's rules name. Inserting the others would change no answer and cost time.
     */
    public List<Parameter> parameterFacts(Site site) {
        return sessions.parameterFacts(site);
    }

    /**
     * Inserts the facts of a case of that site, without parameters, in a session of the common and the
     * site's rules that holds the site's {@link #parameterFacts}, fires every rule, and returns what the
     * session holds. The session is then emptied of the case for the next one.
     *
     * @throws IllegalArgumentException when a parameter fact is given
     */
    public List<Object> evaluate(Site site, Collection<?> facts) {
        return sessions.evaluate(site, facts);
    }
}
