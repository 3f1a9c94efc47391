package org.reirradiation.api;

import java.time.Instant;
import org.reirradiation.knowledge.KnowledgeBaseDiff;

/**
 * The answer to a reload: which knowledge base was in force, which is now, and the clinical
 * difference between them (rules added, removed and changed, parameters whose value changed).
 * {@code note} says what was read, because for the bundled rules only the overrides file can change.
 */
record ReloadView(
        String origin,
        String overrides,
        Instant reloadedAt,
        String reloadedBy,
        String previousDigest,
        String digest,
        boolean changed,
        KnowledgeBaseDiff changes,
        String note) {

    static ReloadView of(KnowledgeBaseReloader.Reload reload, RulesSource source) {
        String overrides = source.overrides() == null ? null : source.overrides().toAbsolutePath().normalize()
                .toString();
        String note = source.bundled()
                ? "The service runs on the rules bundled in its jar: the reload read that classpath copy again, which "
                        + "cannot change while the service runs, and the parameter overrides file"
                        + (overrides == null ? " (none is configured)" : "") + ". To reload edited rules, start "
                        + "the service with --rules.dir=DIR."
                : "The reload read the rules directory and the parameter overrides file"
                        + (overrides == null ? " (none is configured)" : "") + " again, and validated them as at "
                        + "start-up.";
        return new ReloadView(source.origin(), overrides, reload.at(), reload.by(), reload.previous().digest(),
                reload.current().digest(), !reload.previous().digest().equals(reload.current().digest()),
                KnowledgeBaseDiff.between(reload.previous(), reload.current()), note);
    }
}
