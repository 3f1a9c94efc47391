package org.reirradiation.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;

/**
 * The JSON work of one HTTP request without the HTTP: reading and validating a case from its bytes
 * (what the echo endpoint and the assessment endpoint both do), and writing an assessment. Each thread
 * walks every example in turn. Splits the HTTP run's cost between JSON and the server.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    private final CaseReader reader = new CaseReader();
    private byte[][] bodies;
    private Assessment[] assessments;
    private int next;

    @Setup
    public void setUp() {
        bodies = Examples.files("all").stream().map(Examples::bytes).toArray(byte[][]::new);
        ReirradiationAssessor assessor = new ReirradiationAssessor(Examples.knowledgeBase());
        assessments = Examples.files("all").stream().map(f -> assessor.assess(reader.read(Examples.bytes(f))))
                .toArray(Assessment[]::new);
    }

    private int advance() {
        int i = next;
        next = i + 1 == bodies.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Object readCase() {
        return reader.read(bodies[advance()]);
    }

    @Benchmark
    public byte[] writeAssessment() {
        return Json.mapper().writeValueAsBytes(assessments[advance()]);
    }

    @Benchmark
    public byte[] readAndEchoCase() {
        return Json.mapper().writeValueAsBytes(reader.read(bodies[advance()]));
    }
}
