package org.reirradiation.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code kb.reload.watch=true}: reloads the knowledge base when the rules directory or the overrides
 * file change, as an administrator's reload would (same validation, same audit line, by
 * "file-watcher"). It polls a digest of the files' contents rather than using the operating system's
 * file events, which differ between systems and miss changes on network shares. An editor saves in
 * several writes, so a change is acted on only once the files have stayed the same for one more
 * interval; a state that does not load is refused once and not retried until the files change again.
 * With the bundled rules only the overrides file can change, so only it is watched.
 */
final class KnowledgeBaseWatcher implements SmartLifecycle {

    static final String WHO = "file-watcher";
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseWatcher.class);

    private final KnowledgeBaseReloader reloader;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private String seen;
    private boolean changed;

    KnowledgeBaseWatcher(KnowledgeBaseReloader reloader, Duration interval) {
        this.reloader = reloader;
        this.interval = interval;
        this.seen = fingerprint();
    }

    /** One look at the files; reloads when a change has settled. Called by the timer, or by a test. */
    synchronized void check() {
        String now = fingerprint();
        if (!now.equals(seen)) {
            seen = now;
            changed = true;
            return;
        }
        if (changed) {
            changed = false;
            try {
                reloader.reload(WHO, null);
            } catch (ReloadRefusedException e) {
                // logged and audited by the reloader; the knowledge base in force keeps serving
            } catch (RuntimeException e) {
                LOG.error("The file watcher's reload failed; the knowledge base in force keeps serving", e);
            }
        }
    }

    /** A digest of every file that a reload reads, with its path; unreadable files count as changed content. */
    String fingerprint() {
        List<Path> files = new ArrayList<>();
        RulesSource source = reloader.source();
        if (!source.bundled() && Files.isDirectory(source.rulesDirectory())) {
            try (Stream<Path> paths = Files.walk(source.rulesDirectory())) {
                paths.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                return "unreadable: " + e.getMessage();
            }
        }
        if (source.overrides() != null) {
            files.add(source.overrides());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(file.toString().getBytes(StandardCharsets.UTF_8));
                try {
                    sha.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    sha.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "knowledge-base-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {}{} every {} ms: a settled change is reloaded", reloader.source().bundled() ? ""
                : reloader.source().origin(), reloader.source().overrides() == null ? ""
                        : (reloader.source().bundled() ? "" : " and ") + reloader.source().overrides(),
                interval.toMillis());
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
