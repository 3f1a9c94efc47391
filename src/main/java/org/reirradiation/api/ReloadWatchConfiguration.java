package org.reirradiation.api;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The optional file watcher, off by default: a reload is an administrator's decision. A centre that
 * edits its rules on the server may set {@code kb.reload.watch=true} to let saved files go live by
 * themselves, validated as every reload is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("kb.reload.watch")
class ReloadWatchConfiguration {

    /** @param interval {@code kb.reload.watch-interval}: how often the files are looked at (2s, 500ms ...) */
    @Bean
    KnowledgeBaseWatcher knowledgeBaseWatcher(KnowledgeBaseReloader reloader,
            @Value("${kb.reload.watch-interval:2s}") String interval) {
        Duration every = DurationStyle.detectAndParse(interval);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("kb.reload.watch-interval must be positive");
        }
        return new KnowledgeBaseWatcher(reloader, every);
    }
}
