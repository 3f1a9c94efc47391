package org.reirradiation.api;

import java.time.Clock;
import java.time.Instant;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the knowledge base from where the service loaded it and puts it in force only when it
 * loads. The build happens off to the side: assessments keep running on the knowledge base in force,
 * which the holder swaps in one atomic step, so an assessment in flight finishes on the knowledge base
 * it started with and none waits. Reloads themselves are serialised, so that a slow build can never
 * put an older state of the files in force after a newer one.
 */
final class KnowledgeBaseReloader {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseReloader.class);

    /** A reload that took effect: what was in force before, what is now, when and for whom. */
    record Reload(KnowledgeBase previous, KnowledgeBase current, Instant at, String by) {
    }

    private final RulesSource source;
    private final KnowledgeBaseHolder holder;
    private final AuditTrail audit;
    private final Clock clock;

    KnowledgeBaseReloader(RulesSource source, KnowledgeBaseHolder holder, AuditTrail audit, Clock clock) {
        this.source = source;
        this.holder = holder;
        this.audit = audit;
        this.clock = clock;
    }

    RulesSource source() {
        return source;
    }

    /**
     * @param by who asked (a user name, or the file watcher)
     * @param requestId the request that asked; null for none
     * @throws ReloadRefusedException when the files do not load; the knowledge base in force is unchanged
     */
    synchronized Reload reload(String by, String requestId) {
        Instant at = clock.instant();
        KnowledgeBase previous = holder.get();
        KnowledgeBase next;
        try {
            next = source.load();
        } catch (KnowledgeBaseException e) {
            audit.reloadRefused(requestId, at, by, source.origin(), previous, e.problems().size());
            LOG.warn("Reload by {} refused: the knowledge base at {} does not load; {} stays in force:\n    {}", by,
                    source.origin(), previous.digest(), String.join("\n    ",
                            e.problems().stream().map(Object::toString).toList()));
            throw new ReloadRefusedException(source.origin(), previous.digest(), e.problems());
        }
        holder.replace(next);
        audit.reloaded(requestId, at, by, source.origin(), previous, next);
        return new Reload(previous, next, at, by);
    }
}
