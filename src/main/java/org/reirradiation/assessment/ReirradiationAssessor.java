package org.reirradiation.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseValidator;
import org.reirradiation.model.FieldError;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.ReirradiationCase;

/**
 * The facade, and the only door to the engine for the service, the command line and embedding
 * applications: {@code assess(case) -> assessment}. Thread-safe: the knowledge base is immutable and
 * each call evaluates in its own session. The supplier is read once per call, so an assessment in
 * flight during a reload completes on the knowledge base it started with.
 */
public final class ReirradiationAssessor {

    private final Supplier<KnowledgeBase> knowledgeBase;
    private final Clock clock;

    public ReirradiationAssessor(KnowledgeBase knowledgeBase) {
        this(() -> knowledgeBase, Clock.systemUTC());
    }

    public ReirradiationAssessor(Supplier<KnowledgeBase> knowledgeBase, Clock clock) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws InvalidCaseException when the case breaks the contract's validation, naming every field
     */
    public Assessment assess(ReirradiationCase input) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = CaseValidator.validate(input, today);
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(errors);
        }
        ReirradiationCase dated = input.assessmentDate() != null ? input : input.withAssessmentDate(today);
        KnowledgeBase current = knowledgeBase.get();
        List<Object> facts = CaseFacts.withoutParameters(dated, current);
        return AssessmentAssembler.assemble(dated, current, current.evaluate(dated.site(), facts));
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase.get();
    }
}
