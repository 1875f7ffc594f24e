package org.okr4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.rollup.ObjectiveProgress;
import org.okr4j.core.rollup.Rollup;
import org.okr4j.core.status.ObjectiveStatus;
import org.okr4j.core.status.ObjectiveStatusPolicy;
import org.okr4j.core.status.Status;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2: a synthetic organisation ({@link Portfolio}) of 10k, 100k and 1M key results.
 *
 * <ul>
 *   <li>{@code build}: the okr4j model from the numbers, every value validated;
 *   <li>{@code rollupAndStatus}: for every objective, {@link Rollup#progress(Objective)} and {@link
 *       ObjectiveStatus#of} under the weakest-colour policy, which derives each key result's pace
 *       status; one thread.
 * </ul>
 *
 * <p>One operation processes the whole organisation; divide by the size for the time per key
 * result. The suite runs this class in a JVM told it has one processor ({@code
 * -XX:ActiveProcessorCount=1}, so the garbage collector is serial too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class PortfolioBenchmark {
  /** Key results in the organisation. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  Portfolio.@org.jspecify.annotations.Nullable Spec spec;
  @org.jspecify.annotations.Nullable Report report;

  /** Draws the numbers and builds the model once per run. */
  @Setup(Level.Trial)
  public void setUp() {
    Portfolio.Spec s = Portfolio.spec(size, 42);
    spec = s;
    report = Portfolio.build(s);
  }

  /** Lets the model go. */
  @TearDown(Level.Trial)
  public void tearDown() {
    spec = null;
    report = null;
  }

  /**
   * Builds the whole model.
   *
   * @return the report
   */
  @Benchmark
  public Report build() {
    Portfolio.Spec s = spec;
    if (s == null) {
      throw new IllegalStateException("not set up");
    }
    return Portfolio.build(s);
  }

  /**
   * Rolls up every objective and derives its status and its key results' statuses.
   *
   * @param bh the sink
   */
  @Benchmark
  public void rollupAndStatus(Blackhole bh) {
    Report r = report;
    if (r == null) {
      throw new IllegalStateException("not set up");
    }
    rollUp(r, bh);
  }

  static void rollUp(Report r, Blackhole bh) {
    for (Objective o : r.objectives()) {
      Outcome<ObjectiveProgress> progress = Rollup.progress(o);
      Status status =
          ObjectiveStatus.of(o, Portfolio.RULE, Portfolio.CONTEXT, ObjectiveStatusPolicy.WEAKEST);
      bh.consume(progress);
      bh.consume(status);
    }
  }
}
