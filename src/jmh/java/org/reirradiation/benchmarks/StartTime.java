package org.reirradiation.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time from process start to health UP for the executable jar (BENCHMARKS.md): starts
 * {@code java -jar JAR --server.port=PORT} once with the bundled rules and once with
 * {@code --rules.dir=DIR}, in turn for each run, polls {@code /actuator/health} on loopback every 10 ms
 * until it answers 200 with UP, notes the elapsed wall time and the CPU time the process had used,
 * and stops it. Prints each run and the medians.
 *
 * <pre>
 * StartTime [--jar target/...-exec.jar] [--runs 5] [--port 18090] [--rules-dir rules] [--java-options "-Xmx256m"]
 *           [--log-dir target/start-time] [--threads true]
 * </pre>
 *
 * With {@code --threads true} it also prints, for each start, the CPU time of the JIT compiler, GC
 * and other live threads at health UP ({@code jcmd Thread.print}) and the early build's own CPU time.
 *
 * <pre>
 * </pre>
 */
public final class StartTime {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    private static final Pattern THREAD = Pattern.compile("^\"([^\"]+)\".*? cpu=([0-9.]+)ms");
    private static boolean threads;

    record Run(String config, int run, double upMs, double cpuMs, String springStarted, String threadCpu) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--jar", "", "--runs", "5", "--port", "18090",
                "--rules-dir", "rules", "--java-options", "", "--log-dir", "target/start-time", "--threads", "false"));
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 == args.length) {
                System.err.println("usage: StartTime " + options.keySet().stream().map(k -> "[" + k + " V]").toList());
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        Path jar = options.get("--jar").isEmpty() ? execJar() : Path.of(options.get("--jar"));
        int runs = Integer.parseInt(options.get("--runs"));
        threads = Boolean.parseBoolean(options.get("--threads"));
        int port = Integer.parseInt(options.get("--port"));
        Path logs = Path.of(options.get("--log-dir"));
        Files.createDirectories(logs);
        List<String> javaOptions = options.get("--java-options").isBlank() ? List.of()
                : List.of(options.get("--java-options").trim().split("\\s+"));
        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("bundled", List.of());
        configs.put("--rules.dir=" + options.get("--rules-dir"), List.of("--rules.dir=" + options.get("--rules-dir")));

        System.out.printf(Locale.ROOT, "# %s, %d runs, health polled every 10 ms on 127.0.0.1:%d, load average %s%n%n",
                jar, runs, port, HttpLoad.loadAverage());
        System.out.println("| run | rules | health UP after ms | CPU ms by then | Spring's \"Started in\" s |");
        System.out.println("|---|---|---|---|---|");
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                List<String> command = new ArrayList<>(List.of(javaExecutable()));
                command.addAll(javaOptions);
                command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
                command.addAll(config.getValue());
                Path log = logs.resolve("start-" + run + "-" + (config.getValue().isEmpty() ? "bundled" : "rules-dir")
                        + ".log");
                Run r = start(config.getKey(), run, command, port, log);
                results.add(r);
                System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.0f | %s |%n", run, r.config(), r.upMs(), r.cpuMs(),
                        r.springStarted());
            }
        }
        System.out.println();
        System.out.println("| rules | median health UP ms | min | max | median CPU ms |");
        System.out.println("|---|---|---|---|---|");
        for (String config : configs.keySet()) {
            double[] up = results.stream().filter(r -> r.config().equals(config)).mapToDouble(Run::upMs).toArray();
            double[] cpu = results.stream().filter(r -> r.config().equals(config)).mapToDouble(Run::cpuMs).toArray();
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", config, HttpLoad.median(up),
                    java.util.Arrays.stream(up).min().orElse(Double.NaN),
                    java.util.Arrays.stream(up).max().orElse(Double.NaN), HttpLoad.median(cpu));
        }
        System.out.println();
        System.out.println("Load average at the end: " + HttpLoad.loadAverage());
        if (threads) {
            System.out.println();
            System.out.println("CPU ms by thread at health UP:");
            System.out.println();
            results.forEach(r -> System.out.println("- run " + r.run() + ", " + r.config() + ":" + r.threadCpu()));
        }
    }

    private static Run start(String config, int run, List<String> command, int port, Path log) throws Exception {
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        if (HttpLoad.Server.portTaken(port)) {
            throw new IllegalStateException("port " + port + " is taken: stop what runs there or give --port");
        }
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = begin + Duration.ofSeconds(120).toNanos();
            while (!up(health)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + ": see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no health UP within 120 s: see " + log);
                }
                Thread.sleep(10);
            }
            double upMs = (System.nanoTime() - begin) / 1e6;
            double cpuMs = process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
            return new Run(config, run, upMs, cpuMs, springStarted(log), threads ? threadCpu(process.pid(), log) : null);
        } finally {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean up(URI health) {
        try {
            HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
            connection.setConnectTimeout(200);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200 && new String(connection.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).contains("\"UP\"");
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where the CPU time went by health UP, from {@code jcmd Thread.print} (live threads only: the main
     * thread has ended by then, and the early build's thread logs its own CPU time).
     */
    private static String threadCpu(long pid, Path log) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, Double> byKind = new java.util.TreeMap<>();
        for (String line : dump.lines().toList()) {
            Matcher m = THREAD.matcher(line);
            if (m.find()) {
                String name = m.group(1);
                String kind = name.startsWith("C2 Compiler") ? "JIT C2" : name.startsWith("C1 Compiler") ? "JIT C1"
                        : name.startsWith("GC ") || name.startsWith("G1 ") ? "GC" : "other live threads";
                byKind.merge(kind, Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        Matcher built = Pattern.compile("built on its own thread in (\\d+) ms \\((\\d+) ms CPU\\)")
                .matcher(Files.readString(log, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        byKind.forEach((kind, ms) -> line.append(String.format(Locale.ROOT, " %s %.0f;", kind, ms)));
        if (built.find()) {
            line.append(" knowledge-base build ").append(built.group(2)).append(" (").append(built.group(1))
                    .append(" ms wall)");
        }
        return line.toString();
    }

    private static String springStarted(Path log) throws IOException {
        for (int i = 0; i < 50; i++) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "?";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path execJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/*-exec.jar: run ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
