package org.reirradiation.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP/1.1 load client for the benchmark (BENCHMARKS.md), loopback only: each connection
 * is one thread on a kept-alive socket that sends a case, reads the whole answer, records the latency
 * and sends the next, walking the example cases in turn. Every run is bounded in time and in count.
 * For each run and each connection count it loads every path in turn, after a warm-up on that path,
 * and prints requests per second, p50, p99 and the ratio of the rules' cost to the HTTP and JSON cost
 * (the echo endpoint), then the medians over the runs.
 *
 * <pre>
 * HttpLoad [--jar target/...-exec.jar [--server-java-options "-Xmx256m"] [--log-dir target/http-load]]
 *          [--port 18080] [--paths /api/v1/assessments,/api/v1/echo] [--connections 1,8,32]
 *          [--initial-warmup 20] [--warmup 5] [--duration 10] [--runs 3] [--max-requests 500000]
 *          [--examples examples]
 * </pre>
 *
 * Each path is first warmed up for {@code --initial-warmup} seconds on 8 connections. With {@code --jar} it starts the service itself (echo on, GC log, loopback only), measures the
 * service's CPU time per request, reports its heap at the end and stops it; without, it loads a service
 * already running on the port, started with {@code --kb.benchmark.echo=true}.
 *
 * <pre>
 * </pre>
 */
public final class HttpLoad {

    private static final String ASSESS = "/api/v1/assessments";
    private static final String ECHO = "/api/v1/echo";

    record Result(String path, int connections, long requests, long errors, double seconds, double p50Ms,
            double p99Ms, double maxMs, String firstError, double serverCpuMs) {

        double perSecond() {
            return requests / seconds;
        }

        double cpuMicrosPerRequest() {
            return serverCpuMs * 1000 / requests;
        }

        Result withServerCpuMs(double cpuMs) {
            return new Result(path, connections, requests, errors, seconds, p50Ms, p99Ms, maxMs, firstError, cpuMs);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--port", "18080", "--paths", ASSESS + "," + ECHO,
                "--connections", "1,8,32", "--warmup", "5", "--duration", "10", "--runs", "3",
                "--max-requests", "500000", "--examples", "examples", "--jar", "", "--log-dir", "target/http-load"));
        options.put("--server-java-options", "");
        options.put("--initial-warmup", "20");
        for (int i = 0; i < args.length; i += 2) {
            if (!options.containsKey(args[i]) || i + 1 == args.length) {
                System.err.println("usage: HttpLoad " + options.keySet().stream().map(k -> "[" + k + " V]").toList());
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(options.get("--port")));
        List<String> paths = List.of(options.get("--paths").split(","));
        int[] connections = Arrays.stream(options.get("--connections").split(",")).mapToInt(Integer::parseInt).toArray();
        int warmup = Integer.parseInt(options.get("--warmup"));
        int duration = Integer.parseInt(options.get("--duration"));
        int runs = Integer.parseInt(options.get("--runs"));
        int maxRequests = Integer.parseInt(options.get("--max-requests"));
        System.setProperty("kb.examples", options.get("--examples"));
        List<byte[]> bodies = Examples.files("all").stream().map(Examples::bytes).toList();
        Server started = options.get("--jar").isEmpty() ? null
                : Server.start(Path.of(options.get("--jar")), server.getPort(), options.get("--server-java-options"),
                        Path.of(options.get("--log-dir")));
        try {
            int initial = Integer.parseInt(options.get("--initial-warmup"));
            for (String path : paths) {
                // the engine and the JIT take many seconds to reach their pace: warm every path before measuring
                load(server, requests(server, path, bodies), path, 8, initial, Integer.MAX_VALUE);
            }
            run(server, started, bodies, paths, connections, warmup, duration, runs, maxRequests);
        } finally {
            if (started != null) {
                started.stop();
            }
        }
    }

    private static void run(InetSocketAddress server, Server started, List<byte[]> bodies, List<String> paths,
            int[] connections, int warmup, int duration, int runs, int maxRequests) throws Exception {

        System.out.printf(Locale.ROOT, "# %s, %d example cases, %d s warm-up and %d s (at most %d requests) per "
                + "measurement, %d runs, load average %s%n%n", server, bodies.size(), warmup, duration, maxRequests, runs,
                loadAverage());
        System.out.println("| run | connections | path | requests | errors | req/s | p50 ms | p99 ms | max ms "
                + "| server CPU µs/request |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        List<Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (int c : connections) {
                for (String path : paths) {
                    List<byte[]> requests = requests(server, path, bodies);
                    load(server, requests, path, c, warmup, Integer.MAX_VALUE);
                    double cpuBefore = started == null ? Double.NaN : started.cpuMs();
                    Result r = load(server, requests, path, c, duration, maxRequests);
                    r = r.withServerCpuMs(started == null ? Double.NaN : started.cpuMs() - cpuBefore);
                    results.add(r);
                    System.out.printf(Locale.ROOT, "| %d | %d | %s | %d | %d | %.0f | %.2f | %.2f | %.1f | %.0f |%n",
                            run, c, path, r.requests(), r.errors(), r.perSecond(), r.p50Ms(), r.p99Ms(), r.maxMs(),
                            r.cpuMicrosPerRequest());
                    if (r.firstError() != null) {
                        System.out.println("first error: " + r.firstError());
                    }
                }
            }
        }
        summary(results, paths, connections);
        System.out.println();
        System.out.println("Load average at the end: " + loadAverage());
        if (started != null) {
            started.heapReport();
        }
    }

    private static void summary(List<Result> results, List<String> paths, int[] connections) {
        System.out.println();
        System.out.println("Medians over the runs:");
        System.out.println();
        System.out.println("| connections | path | req/s | p50 ms | p99 ms | server CPU µs/request |");
        System.out.println("|---|---|---|---|---|---|");
        for (int c : connections) {
            for (String path : paths) {
                List<Result> of = results.stream().filter(r -> r.connections() == c && r.path().equals(path)).toList();
                System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.2f | %.2f | %.0f |%n", c, path,
                        median(of.stream().mapToDouble(Result::perSecond).toArray()),
                        median(of.stream().mapToDouble(Result::p50Ms).toArray()),
                        median(of.stream().mapToDouble(Result::p99Ms).toArray()),
                        median(of.stream().mapToDouble(Result::cpuMicrosPerRequest).toArray()));
            }
        }
        if (!paths.contains(ASSESS) || !paths.contains(ECHO)) {
            return;
        }
        System.out.println();
        System.out.println("Rules' cost to the HTTP+JSON cost (echo), medians of the per-run ratios: from throughput, "
                + "(1/assess - 1/echo) / (1/echo) = echo/assess - 1; from p50 latency, (assess - echo) / echo; "
                + "from the server's CPU time per request, (assess - echo) / echo.");
        System.out.println();
        System.out.println("| connections | from req/s | from p50 | from server CPU |");
        System.out.println("|---|---|---|---|");
        for (int c : connections) {
            List<Result> assess = results.stream().filter(r -> r.connections() == c && r.path().equals(ASSESS)).toList();
            List<Result> echo = results.stream().filter(r -> r.connections() == c && r.path().equals(ECHO)).toList();
            int n = Math.min(assess.size(), echo.size());
            double[] byRate = new double[n];
            double[] byLatency = new double[n];
            double[] byCpu = new double[n];
            for (int i = 0; i < n; i++) {
                byRate[i] = echo.get(i).perSecond() / assess.get(i).perSecond() - 1;
                byLatency[i] = (assess.get(i).p50Ms() - echo.get(i).p50Ms()) / echo.get(i).p50Ms();
                byCpu[i] = (assess.get(i).cpuMicrosPerRequest() - echo.get(i).cpuMicrosPerRequest())
                        / echo.get(i).cpuMicrosPerRequest();
            }
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", c, median(byRate), median(byLatency),
                    median(byCpu));
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<byte[]> requests(InetSocketAddress server, String path, List<byte[]> bodies) {
        List<byte[]> requests = new ArrayList<>();
        for (byte[] body : bodies) {
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            requests.add(request);
        }
        return requests;
    }

    /** One measurement: {@code connections} threads for at most {@code seconds} and {@code maxRequests} in all. */
    static Result load(InetSocketAddress server, List<byte[]> requests, String path, int connections, int seconds,
            int maxRequests) throws InterruptedException {
        int perConnection = Math.max(1, maxRequests / connections);
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicInteger errors = new AtomicInteger();
        String[] firstError = new String[1];
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            int id = t;
            latencies[t] = new long[Math.min(perConnection, 2_000_000)];
            threads[t] = new Thread(() -> {
                Connection connection = null;
                try {
                    connection = new Connection(server);
                    ready.countDown();
                    go.await();
                    int next = id;
                    long[] mine = latencies[id];
                    int n = 0;
                    while (n < mine.length && System.nanoTime() < deadline[0]) {
                        byte[] request = requests.get(next++ % requests.size());
                        long start = System.nanoTime();
                        int status = connection.exchange(request);
                        mine[n++] = System.nanoTime() - start;
                        if (status != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = "HTTP " + status + " " + connection.lastBody();
                                }
                            }
                        }
                        if (connection.closed()) {
                            connection.close();
                            connection = new Connection(server);
                        }
                    }
                    counts[id] = n;
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError[0] == null) {
                            firstError[0] = e.toString();
                        }
                    }
                    ready.countDown();
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
            }, "load-" + t);
            threads[t].start();
        }
        ready.await();
        long start = System.nanoTime();
        deadline[0] = start + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(path, connections, total, errors.get(), elapsed, percentile(all, 0.50),
                percentile(all, 0.99), total == 0 ? Double.NaN : all[total - 1] / 1e6, firstError[0], Double.NaN);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** A kept-alive HTTP/1.1 connection: writes a prepared request, reads the status, headers and body. */
    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final StringBuilder line = new StringBuilder();
        private byte[] body = new byte[64 * 1024];
        private int bodyLength;
        private boolean closed;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 5_000);
            socket.setSoTimeout(30_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closed = true;
                }
            }
            bodyLength = 0;
            if (chunked) {
                for (long size = Long.parseLong(readLine().trim(), 16); size > 0;
                        size = Long.parseLong(readLine().trim(), 16)) {
                    readBody(size);
                    readLine();
                }
                while (!readLine().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                readBody(length);
            }
            return status;
        }

        private void readBody(long length) throws IOException {
            if (bodyLength + length > body.length) {
                body = Arrays.copyOf(body, (int) Math.max(body.length * 2L, bodyLength + length));
            }
            int read = in.readNBytes(body, bodyLength, (int) length);
            if (read < length) {
                throw new EOFException("the server closed the connection in a body");
            }
            bodyLength += read;
        }

        private String readLine() throws IOException {
            line.setLength(0);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        String lastBody() {
            return new String(body, 0, Math.min(bodyLength, 300), StandardCharsets.UTF_8);
        }

        boolean closed() {
            return closed;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }
    }

    /**
     * The service under load when this client starts it: the executable jar with the echo endpoint on,
     * a GC log, and a heap report at the end (the GC log's peaks, {@code jcmd GC.heap_info}, peak RSS).
     */
    static final class Server {

        private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

        private final Process process;
        private final Path gcLog;

        private Server(Process process, Path gcLog) {
            this.process = process;
            this.gcLog = gcLog;
        }

        static Server start(Path jar, int port, String javaOptions, Path logDir) throws Exception {
            Files.createDirectories(logDir);
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            if (portTaken(port)) {
                throw new IllegalStateException("port " + port + " is taken: stop what runs there or give --port");
            }
            Path gcLog = logDir.resolve("gc.log").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:gc:file=" + gcLog));
            if (!javaOptions.isBlank()) {
                command.addAll(List.of(javaOptions.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                    "--kb.benchmark.echo=true"));
            System.out.println("# server: " + String.join(" ", command));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logDir.resolve("server.log").toFile()).start();
            Server server = new Server(process, gcLog);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!up(health)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    server.stop();
                    throw new IllegalStateException("the service did not start: see " + logDir.resolve("server.log"));
                }
                Thread.sleep(50);
            }
            return server;
        }

        static boolean portTaken(int port) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean up(URI health) {
            try {
                HttpURLConnection connection = (HttpURLConnection) health.toURL().openConnection();
                connection.setConnectTimeout(500);
                try {
                    return connection.getResponseCode() == 200;
                } finally {
                    connection.disconnect();
                }
            } catch (IOException e) {
                return false;
            }
        }

        double cpuMs() {
            return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
        }

        void heapReport() throws Exception {
            System.out.println();
            System.out.println("Server heap (GC log " + gcLog + "):");
            long peakUsed = 0;
            long peakLive = 0;
            long peakCommitted = 0;
            int collections = 0;
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC.matcher(line);
                if (m.find()) {
                    collections++;
                    peakUsed = Math.max(peakUsed, Long.parseLong(m.group(1)));
                    peakLive = Math.max(peakLive, Long.parseLong(m.group(2)));
                    peakCommitted = Math.max(peakCommitted, Long.parseLong(m.group(3)));
                }
            }
            System.out.printf(Locale.ROOT, "- %d collections; peak heap used %d MB (before a collection), largest heap "
                    + "after a collection %d MB, peak heap committed %d MB%n", collections, peakUsed, peakLive,
                    peakCommitted);
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            if (Files.isReadable(status)) {
                Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
                        .forEach(l -> System.out.println("- " + l.replaceAll("\\s+", " ")));
            }
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String info = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            System.out.println("- jcmd GC.heap_info at the end:");
            info.lines().skip(1).forEach(l -> System.out.println("      " + l.trim()));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
