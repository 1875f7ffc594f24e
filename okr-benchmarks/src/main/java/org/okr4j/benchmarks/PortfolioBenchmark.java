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
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:ActiveProcessorCount=1"})
public class PortfolioBenchmark {
  /** The numbers of the organisation only: {@code build} holds no other model meanwhile. */
  @State(Scope.Benchmark)
  public static class Numbers {
    /** Key results in the organisation. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Portfolio.Spec spec = Portfolio.spec(0, 42);

    /** Draws the numbers once per run. */
    @Setup(Level.Trial)
    public void setUp() {
      spec = Portfolio.spec(size, 42);
    }
  }

  /** The organisation's model, built once per run. */
  @State(Scope.Benchmark)
  public static class Model {
    /** Key results in the organisation. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    Report report = Portfolio.build(Portfolio.spec(0, 42));

    /** Builds the model once per run. */
    @Setup(Level.Trial)
    public void setUp() {
      report = Portfolio.build(Portfolio.spec(size, 42));
    }
  }

  /**
   * Builds the whole model.
   *
   * @param numbers the numbers
   * @return the report
   */
  @Benchmark
  public Report build(Numbers numbers) {
    return Portfolio.build(numbers.spec);
  }

  /**
   * Rolls up every objective and derives its status and its key results' statuses.
   *
   * @param model the model
   * @param bh the sink
   */
  @Benchmark
  public void rollupAndStatus(Model model, Blackhole bh) {
    rollUp(model.report, bh);
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
