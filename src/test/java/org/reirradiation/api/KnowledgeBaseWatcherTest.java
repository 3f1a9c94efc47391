package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The optional file watcher: off unless asked for; a settled valid change goes live, a broken one never does. */
class KnowledgeBaseWatcherTest {

    private static final String C10 = "Poor performance status: curative reirradiation not recommended";

    @Test
    void aSettledChangeIsReloadedOnceAndABrokenOneIsRefusedOnce(@TempDir Path temp) throws IOException {
        Path rules = temp.resolve("rules");
        TestKnowledgeBase.copyRulesTo(rules);
        KnowledgeBase shipped = TestKnowledgeBase.bundled();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(shipped);
        KnowledgeBaseReloader reloader = new KnowledgeBaseReloader(new RulesSource(rules, null), holder,
                new AuditTrail(false), Clock.systemUTC());
        KnowledgeBaseWatcher watcher = new KnowledgeBaseWatcher(reloader, java.time.Duration.ofSeconds(1));

        watcher.check();
        assertThat(holder.get()).as("nothing changed").isSameAs(shipped);

        Path selection = rules.resolve("common/selection.drl");
        Files.writeString(selection, Files.readString(selection).replace(C10, C10 + " here"));
        watcher.check();
        assertThat(holder.get()).as("a change is acted on only once it has settled").isSameAs(shipped);
        watcher.check();
        KnowledgeBase reloaded = holder.get();
        assertThat(reloaded.digest()).isNotEqualTo(shipped.digest());
        assertThat(reloaded.rule("C-10").orElseThrow().title()).endsWith(" here");
        watcher.check();
        assertThat(holder.get()).as("reloaded once").isSameAs(reloaded);

        Files.writeString(selection, Files.readString(selection).replace("rule \"" + C10 + " here\"",
                "rule \"broken\" when this is not DRL"));
        watcher.check();
        watcher.check();
        watcher.check();
        assertThat(holder.get()).as("a broken state never goes live").isSameAs(reloaded);
    }

    @Test
    void theWatcherRunsOnlyWhenAskedFor() {
        KnowledgeBaseReloader reloader = new KnowledgeBaseReloader(new RulesSource(Path.of("rules"), null),
                new KnowledgeBaseHolder(TestKnowledgeBase.bundled()), new AuditTrail(false), Clock.systemUTC());
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(ReloadWatchConfiguration.class)
                .withBean(KnowledgeBaseReloader.class, () -> reloader);

        runner.run(context -> assertThat(context).doesNotHaveBean(KnowledgeBaseWatcher.class));
        runner.withPropertyValues("kb.reload.watch=false")
                .run(context -> assertThat(context).doesNotHaveBean(KnowledgeBaseWatcher.class));
        runner.withPropertyValues("kb.reload.watch=true", "kb.reload.watch-interval=1h").run(context -> {
            assertThat(context).hasSingleBean(KnowledgeBaseWatcher.class);
            assertThat(context.getBean(KnowledgeBaseWatcher.class).isRunning()).isTrue();
        });
    }
}
