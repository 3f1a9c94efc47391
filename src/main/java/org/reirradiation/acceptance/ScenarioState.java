package org.reirradiation.acceptance;

import java.util.Map;
import java.util.TreeMap;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.InvalidCaseException;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one scenario has built and found: the case as a JSON tree, the centre's parameter overrides,
 * and then the assessment or the refusal.
 *
 * <p>Why a holder: Cucumber's built-in object factory creates every glue class through its
 * no-argument constructor; constructor injection of shared state needs an extra dependency
 * (cucumber-picocontainer) that this library does not carry. So {@link ScenarioHooks} opens a new
 * state before each scenario and closes it after, and the step classes read it from here. It is held
 * per thread because Cucumber runs a scenario's hooks and steps on one thread, which keeps parallel
 * execution safe.
 */
final class ScenarioState {

    private static final ThreadLocal<ScenarioState> CURRENT = new ThreadLocal<>();

    private final String scenarioName;
    private final Map<String, String> overrides = new TreeMap<>();
    private ObjectNode caseTree;
    private Assessment assessment;
    private InvalidCaseException refusal;

    private ScenarioState(String scenarioName) {
        this.scenarioName = scenarioName;
    }

    static void begin(String scenarioName) {
        CURRENT.set(new ScenarioState(scenarioName));
    }

    static void end() {
        CURRENT.remove();
    }

    static ScenarioState current() {
        ScenarioState state = CURRENT.get();
        if (state == null) {
            throw new IllegalStateException("no scenario is running: the glue needs the hooks of " + ScenarioHooks.class);
        }
        return state;
    }

    String scenarioName() {
        return scenarioName;
    }

    ObjectNode caseTree() {
        if (caseTree == null) {
            throw new IllegalStateException("No case yet: start the scenario with 'Given a <site> case', "
                    + "'Given an empty <site> case' or 'Given the case:'.");
        }
        return caseTree;
    }

    void caseTree(ObjectNode tree) {
        caseTree = tree;
    }

    /** Parameter key to value, sorted so that equal sets of overrides are equal maps. */
    Map<String, String> overrides() {
        return overrides;
    }

    void assessed(Assessment result) {
        assessment = result;
    }

    void refused(InvalidCaseException reason) {
        refusal = reason;
    }

    InvalidCaseException refusal() {
        return refusal;
    }

    /** The assessment, or a readable failure when the case was refused or not yet assessed. */
    Assessment assessment() {
        if (refusal != null) {
            throw new AssertionError("The case was refused, so there is no assessment to check.\n"
                    + AssessmentReport.refusal(refusal));
        }
        if (assessment == null) {
            throw new IllegalStateException("No assessment yet: write 'When the case is assessed' before the checks.");
        }
        return assessment;
    }
}
