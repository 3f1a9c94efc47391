package org.reirradiation.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.model.CaseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library objects the service runs on. The knowledge base is loaded while the context starts, so
 * that a service whose rules do not load never answers a request.
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceConfiguration.class);

    private EarlyKnowledgeBase early;

    /** The build that {@link ServiceLauncher} started early, when the service was started by it. */
    @Autowired(required = false)
    void earlyKnowledgeBase(EarlyKnowledgeBase early) {
        this.early = early;
    }

    /** "Today" for a case without assessmentDate is the date where the service runs. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * @param rulesDir {@code --rules.dir}: a rules directory; empty for the copy bundled in the jar
     * @param overrides {@code --parameters.overrides}: a centre's parameter file; empty for none
     */
    @Bean
    RulesSource rulesSource(@Value("${rules.dir:}") String rulesDir, @Value("${parameters.overrides:}") String overrides) {
        return RulesSource.of(rulesDir, overrides);
    }

    @Bean
    KnowledgeBaseHolder knowledgeBaseHolder(RulesSource source) {
        KnowledgeBase knowledgeBase;
        try {
            // started by ServiceLauncher while the context starts (fast start); otherwise built here
            knowledgeBase = early != null ? early.take(source) : source.load();
        } catch (KnowledgeBaseException e) {
            throw new KnowledgeBaseUnavailableException(source.origin(), e);
        }
        LOG.info("Knowledge base '{}' {} ({}) loaded from {} ({}): {} rules, {} parameter overrides",
                knowledgeBase.name(), knowledgeBase.version(), knowledgeBase.digest(), source.origin(),
                knowledgeBase.precompiled() ? "compiled at build time" : "compiled now", knowledgeBase.rules().size(),
                knowledgeBase.parameters().overrides().size());
        return new KnowledgeBaseHolder(knowledgeBase);
    }

    /** @param includeCaseId {@code kb.audit.include-case-id}: a caller's opt-in to case ids in the audit trail */
    @Bean
    AuditTrail auditTrail(@Value("${kb.audit.include-case-id:false}") boolean includeCaseId) {
        return new AuditTrail(includeCaseId);
    }

    @Bean
    KnowledgeBaseReloader knowledgeBaseReloader(RulesSource source, KnowledgeBaseHolder holder, AuditTrail audit,
            Clock clock) {
        return new KnowledgeBaseReloader(source, holder, audit, clock);
    }

    /** Errors that Tomcat raises before Spring sees the request are problem documents too. */
    @Bean
    ProblemReportValve.Installer problemReportValveInstaller() {
        return new ProblemReportValve.Installer();
    }

    @Bean
    ReirradiationAssessor reirradiationAssessor(KnowledgeBaseHolder knowledgeBase, Clock clock) {
        return new ReirradiationAssessor(knowledgeBase, clock);
    }

    @Bean
    CaseReader caseReader(Clock clock) {
        return new CaseReader(clock);
    }

    /**
     * Scenario counts come only from a features directory that belongs to the rules in force: the one
     * given as {@code --features.dir}, else the {@code features} folder beside {@code --rules.dir}. The
     * bundled rules carry no scenarios, so none are counted for them.
     */
    @Bean
    FeatureScenarios featureScenarios(@Value("${features.dir:}") String featuresDir,
            @Value("${rules.dir:}") String rulesDir) {
        if (!featuresDir.isBlank()) {
            return FeatureScenarios.in(Path.of(featuresDir));
        }
        if (!rulesDir.isBlank()) {
            Path beside = Path.of(rulesDir).toAbsolutePath().normalize().resolveSibling("features");
            if (Files.isDirectory(beside)) {
                return FeatureScenarios.in(beside);
            }
        }
        return FeatureScenarios.none();
    }
}
