package org.reirradiation.cli;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A Cucumber plugin that tells the check command how each scenario ended and, for one that did not
 * pass, which step failed and why: the JUnit Platform reports a scenario's failure but not its step.
 * Public because Cucumber creates it by name, through its no-argument constructor; it hands what it
 * sees to the receiver that the check command installed for the run.
 */
public final class ScenarioRecorder implements ConcurrentEventListener {

    /** How one scenario (or one example row of an outline) ended. */
    record Outcome(URI feature, int line, String name, Status status, FailedStep failedStep) {

        boolean passed() {
            return status == Status.PASSED;
        }
    }

    /** The first step of a scenario that did not pass: its text as written, its line, and why. */
    record FailedStep(String step, int line, String message) {
    }

    private static volatile Consumer<Outcome> receiver = outcome -> { };

    private final Map<UUID, FailedStep> firstFailure = new ConcurrentHashMap<>();

    /** Sends the outcomes of the scenarios run from now on to {@code into}. */
    static void sendTo(Consumer<Outcome> into) {
        receiver = into;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
    }

    private void stepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (result.getStatus() == Status.PASSED || result.getStatus() == Status.SKIPPED) {
            return;
        }
        FailedStep failed;
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            failed = new FailedStep(step.getStep().getKeyword() + step.getStep().getText(), step.getStepLine(),
                    why(result));
        } else if (event.getTestStep() instanceof HookTestStep hook) {
            failed = new FailedStep("(" + hook.getHookType().name().toLowerCase().replace('_', ' ')
                    + " hook " + hook.getCodeLocation() + ")", 0, why(result));
        } else {
            failed = new FailedStep("(" + event.getTestStep().getCodeLocation() + ")", 0, why(result));
        }
        firstFailure.putIfAbsent(event.getTestCase().getId(), failed);
    }

    private void scenarioFinished(TestCaseFinished event) {
        var scenario = event.getTestCase();
        FailedStep failed = firstFailure.remove(scenario.getId());
        Status status = event.getResult().getStatus();
        if (failed == null && status != Status.PASSED) {
            failed = new FailedStep("(the scenario)", 0, why(event.getResult()));
        }
        receiver.accept(new Outcome(scenario.getUri(), scenario.getLocation().getLine(), scenario.getName(), status,
                failed));
    }

    private static String why(Result result) {
        return switch (result.getStatus()) {
            case UNDEFINED -> "No step matches this sentence. Check its wording against the steps in features/README.md.";
            case PENDING -> "This step is not written yet (pending).";
            default -> {
                Throwable error = result.getError();
                if (error == null) {
                    yield result.getStatus().name();
                }
                String message = error.getMessage();
                // the glue's own failures are written for the reader; anything else is a fault worth naming
                boolean written = error instanceof AssertionError || error instanceof IllegalArgumentException
                        || error instanceof IllegalStateException || error.getClass().getName().startsWith("io.cucumber.");
                yield message == null || message.isBlank() || !written ? error.toString() : message.strip();
            }
        };
    }
}
