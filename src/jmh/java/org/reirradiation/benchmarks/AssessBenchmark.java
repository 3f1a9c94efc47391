package org.reirradiation.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.ReirradiationCase;

/**
 * {@link ReirradiationAssessor#assess} on the full knowledge base, built once per fork from the rules
 * directory and shared by the threads as the service shares it. Each thread walks the example cases of
 * the site in turn ("all": every example of every site), so a figure is the mean over realistic cases,
 * not one case's. Throughput in assessments per second; sample time gives p50/p99 per assessment.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 1)
public class AssessBenchmark {

    @Param({"all", "head-and-neck", "breast", "cervix", "rectum", "brain"})
    public String site;

    private ReirradiationAssessor assessor;
    private ReirradiationCase[] cases;

    /** Where one thread is in the list of cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        assessor = new ReirradiationAssessor(Examples.knowledgeBase());
        cases = Examples.cases(site);
        for (ReirradiationCase c : cases) {
            // every case must assess: a benchmark of exceptions would measure nothing useful
            if (assessor.assess(c).verdict() == null) {
                throw new IllegalStateException("no verdict for " + c.caseId());
            }
        }
    }

    private Assessment next(Cursor cursor) {
        ReirradiationCase c = cases[cursor.next];
        cursor.next = cursor.next + 1 == cases.length ? 0 : cursor.next + 1;
        return assessor.assess(c);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Assessment throughput1(Cursor cursor) {
        return next(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Assessment throughput2(Cursor cursor) {
        return next(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public Assessment latency1(Cursor cursor) {
        return next(cursor);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public Assessment latency2(Cursor cursor) {
        return next(cursor);
    }
}
