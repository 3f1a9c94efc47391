package org.reirradiation.api;

import java.util.List;
import org.reirradiation.knowledge.KnowledgeBase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the service knows: the knowledge base in force and its catalogue of rules. */
@RestController
@RequestMapping("/api/v1")
class KnowledgeBaseController {

    private final KnowledgeBaseHolder knowledgeBase;
    private final FeatureScenarios scenarios;

    KnowledgeBaseController(KnowledgeBaseHolder knowledgeBase, FeatureScenarios scenarios) {
        this.knowledgeBase = knowledgeBase;
        this.scenarios = scenarios;
    }

    @GetMapping("/knowledge-base")
    ResponseEntity<byte[]> knowledgeBase() {
        return JsonResponses.ok(KnowledgeBaseView.of(knowledgeBase.get(), scenarios.countByArea()));
    }

    @GetMapping("/rules")
    ResponseEntity<byte[]> rules() {
        KnowledgeBase current = knowledgeBase.get();
        List<RuleView> rules = current.rules().stream().map(rule -> RuleView.of(rule, current.parameters())).toList();
        return JsonResponses.ok(rules);
    }
}
