package org.reirradiation.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;

/**
 * Building the knowledge base from the rules directory (read, lint, compile, Rete): single shots.
 * {@code cold} is the first build in a fresh JVM, as at start-up (one shot per fork); {@code warm} is a
 * rebuild in a JVM that has built it before, as a reload in a running service. {@code bundledCold} is
 * the first load of the bundled copy in a fresh JVM, whose rules the build compiled (read, lint,
 * precompiled packages, Rete): what a start without a rules directory costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    @Benchmark
    @Fork(value = 5, jvmArgsAppend = {"-Xmx512m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public KnowledgeBase cold() {
        return Examples.knowledgeBase();
    }

    @Benchmark
    @Fork(value = 5, jvmArgsAppend = {"-Xmx512m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public KnowledgeBase bundledCold() {
        KnowledgeBase bundled = KnowledgeBaseLoader.bundled(null);
        if (!bundled.precompiled()) {
            throw new IllegalStateException("the bundled rules were not precompiled: build with ./mvnw package");
        }
        return bundled;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public KnowledgeBase warm() {
        return Examples.knowledgeBase();
    }
}
