package org.reirradiation.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/**
 * A loaded, validated knowledge base: identity, catalogue, parameters, references and the compiled
 * rules. Immutable and safe to share between threads: the compiled rules are only read, and every
 * evaluation runs in its own stateless session, so no fact of one case can reach another.
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
    private final KieBase kieBase;

    KnowledgeBase(String origin, String name, String version, String status, String digest, List<RuleInfo> rules,
            Parameters parameters, Map<String, Reference> references, KieBase kieBase) {
        this.origin = origin;
        this.name = name;
        this.version = version;
        this.status = status;
        this.digest = digest;
        this.rules = rules;
        this.rulesById = rules.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(RuleInfo::id, r -> r));
        this.parameters = parameters;
        this.references = Map.copyOf(references);
        this.kieBase = kieBase;
    }

    /** Where the rules came from: a directory, or the classpath for the bundled copy. */
    public String origin() {
        return origin;
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

    public Parameters parameters() {
        return parameters;
    }

    public Map<String, Reference> references() {
        return references;
    }

    /** Inserts the facts in a new stateless session, fires every rule, and returns what the session holds. */
    public List<Object> evaluate(Collection<?> facts) {
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects("objects"));
        ExecutionResults results = kieBase.newStatelessKieSession()
                .execute(CommandFactory.newBatchExecution(commands));
        return List.copyOf((Collection<?>) results.getValue("objects"));
    }
}
