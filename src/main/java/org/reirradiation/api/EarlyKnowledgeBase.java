package org.reirradiation.api;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reirradiation.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Fast start: the knowledge base is built on a thread of its own from the moment Spring has read the
 * options ({@code rules.dir}, {@code parameters.overrides}), while the rest of the service starts on the
 * main thread; compiling the rules is the longest part of the start. The context still waits for it
 * where the knowledge base bean is made ({@link ServiceConfiguration}), so the service answers no
 * request, and health is not UP, before the rules are in, and a knowledge base that does not load stops
 * the start with the same report as before. Added by {@link ServiceLauncher}; a context started
 * otherwise (the tests) builds the knowledge base on the main thread as it always did.
 */
final class EarlyKnowledgeBase implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyKnowledgeBase.class);

    private volatile Build build;
    private volatile boolean taken;

    /** What was started, for which options. */
    private record Build(String rulesDir, String overrides, CompletableFuture<KnowledgeBase> result) {
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && build == null) {
            Environment environment = prepared.getEnvironment();
            String rulesDir = environment.getProperty("rules.dir", "");
            String overrides = environment.getProperty("parameters.overrides", "");
            CompletableFuture<KnowledgeBase> result = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    long start = System.nanoTime();
                    KnowledgeBase knowledgeBase = load(rulesDir, overrides);
                    LOG.info("Knowledge base built on its own thread in {} ms ({} ms CPU)",
                            (System.nanoTime() - start) / 1_000_000,
                            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
                    result.complete(knowledgeBase);
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "knowledge-base-build");
            thread.setDaemon(true);
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            build = new Build(rulesDir, overrides, result);
            thread.start();
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("earlyKnowledgeBase", this);
        }
    }

    /** Loads the knowledge base the options name: a rules directory, or the bundled copy when it is blank. */
    static KnowledgeBase load(String rulesDir, String overrides) {
        return RulesSource.of(rulesDir, overrides).load();
    }

    /**
     * The knowledge base built early for these options, waiting for the build to finish; or, when none
     * was started for them, one built now on the calling thread.
     *
     * @throws org.reirradiation.knowledge.KnowledgeBaseException when it does not load, as {@link #load} does
     */
    KnowledgeBase take(RulesSource source) {
        Build started = build;
        build = null;
        if (started == null || !RulesSource.of(started.rulesDir(), started.overrides()).sameAs(source)) {
            return source.load();
        }
        try {
            KnowledgeBase knowledgeBase = started.result().join();
            taken = true;
            return knowledgeBase;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Whether the knowledge base in force is the one built early. */
    boolean tookEarlyBuild() {
        return taken;
    }
}
